/**
 * A part's questions as the part declares them (domain/idea-paper/parts/<id>.ts), each drawn
 * by the control its kind asks for. What only the part's own component can draw (a list, the
 * budget tables) comes in as a slot, in the place the part gives it.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { PARTS, type PartId, type PartQuestion, type TextInputKind } from '../../domain';
import { BoundArea, BoundChecks, BoundRadios, BoundSelect, BoundText } from '../components/bound';

/** The input type and keyboard of each kind of text question. */
const INPUTS: Readonly<Record<TextInputKind, { type?: 'email' | 'tel' | 'month'; inputMode?: 'email' | 'tel' | 'numeric' }>> = {
  month: { type: 'month' },
  email: { type: 'email', inputMode: 'email' },
  tel: { type: 'tel', inputMode: 'tel' },
  numeric: { inputMode: 'numeric' },
};

/** The components that draw a part's slots, by slot id (Wizard.tsx's PART_SLOTS). */
export type Slots = Readonly<Record<string, ComponentType>>;

/**
 * Every control is keyed by its path: a bound control reads its own path once, so one drawn for
 * another part's question must never be reused for this one.
 */
export function PartQuestions({ part, slots = {} }: { part: PartId; slots?: Slots }) {
  const questions: readonly PartQuestion[] = PARTS.find((p) => p.id === part)?.questions ?? [];
  return <>{questions.map((q) => asked(q, slots))}</>;
}

function asked(q: PartQuestion, slots: Slots): ComponentChildren {
  switch (q.kind) {
    case 'text':
      return <BoundText key={q.path} path={q.path} autoComplete={q.autoComplete} {...(q.input ? INPUTS[q.input] : {})} />;
    case 'area':
      return <BoundArea key={q.path} path={q.path} rows={q.rows} />;
    case 'select':
      return <BoundSelect key={q.path} path={q.path} options={q.options} />;
    case 'radios':
      return <BoundRadios key={q.path} path={q.path} options={q.options} />;
    case 'checks':
      return <BoundChecks key={q.path} path={q.path} options={q.options} />;
    case 'row':
      return <div class="row">{q.questions.map((inner) => asked(inner, slots))}</div>;
    case 'slot': {
      const Slot = slots[q.id];
      return Slot ? <Slot key={`slot-${q.id}`} /> : null;
    }
  }
}
