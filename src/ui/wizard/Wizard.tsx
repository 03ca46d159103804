import { useEffect, useRef } from 'preact/hooks';
import { changedSinceReview, COMMENTABLE_LISTS, NEXT_STEPS_INTRO, NEXT_STEPS_TITLE, partTitle, STEPS, type PartId } from '../../domain';
import { ActionNotice } from '../components/ActionNotice';
import { CommentThread } from '../components/CommentThread';
import { GlossaryText } from '../components/GlossaryText';
import { useApp } from '../../state';
import { fieldDomId } from '../components/fields';
import { FieldsLocked } from '../components/locked';
import { ReceivedNotice } from './ReceivedNotice';
import './comments.css';
import './goals-and-length.css';
import { t } from '../messages-wizard';
import { FitBadge } from './FitBadge';
import { StepNav } from './StepNav';
import { PartQuestions, type Slots } from './PartQuestions';
import { ActionsStep } from './steps/ActionsStep';
import { BudgetStep } from './steps/BudgetStep';
import { CheckStep } from './steps/CheckStep';
import { EmphasesPart } from './steps/EmphasesPart';
import { IndicatorsList } from './steps/IndicatorsList';
import { NextStepsStep } from './steps/NextStepsStep';
import { PartnersStep } from './steps/PartnersStep';
import { RisksStep } from './steps/RisksStep';
import { SubGoalsList } from './steps/SubGoalsList';

/**
 * What the parts draw beyond their plain questions, by the slot ids they declare
 * (domain/idea-paper/parts/<id>.ts): lists, the budget tables, the check and the next steps.
 * A part of plain questions needs nothing here.
 */
export const PART_SLOTS: Readonly<Partial<Record<PartId, Slots>>> = {
  tavoitteet: { subGoals: SubGoalsList },
  painotukset: { ticks: EmphasesPart },
  toimenpiteet: { actions: ActionsStep },
  riskit: { risks: RisksStep },
  tulokset: { indicators: IndicatorsList },
  kumppanit: { partners: PartnersStep },
  talous: { budget: BudgetStep },
  tarkistus: { check: CheckStep },
  seuraavaksi: { nextSteps: NextStepsStep },
};

/** "Mitä seuraavaksi?" is a view after the paper, not one of its steps. */
const NEXT_VIEW = { id: 'seuraavaksi', title: NEXT_STEPS_TITLE, intro: NEXT_STEPS_INTRO, parts: ['seuraavaksi'] } as const;

export function Wizard() {
  const app = useApp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = app.nav.stepId.value;
  const index = STEPS.findIndex((s) => s.id === view);
  const step = view === 'seuraavaksi' ? NEXT_VIEW : (STEPS[index] ?? STEPS[0]);
  const parts = step.parts as readonly PartId[];
  const returnTo = app.nav.returnTo.value;
  const returnTitle = returnTo === 'seuraavaksi' ? NEXT_VIEW.title : STEPS.find((s) => s.id === returnTo)?.title;
  const changes = app.nav.stepChangeCount.value;
  const locked = app.draft.received.value;

  // On step change focus the heading (or the field a link asked for), so keyboard and
  // screen-reader users start at the top of the new step.
  useEffect(() => {
    if (changes === 0) return;
    const field = app.nav.focusField.peek();
    const target = field ? findField(field) : null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    } else {
      headingRef.current?.focus();
      window.scrollTo?.(0, 0);
    }
  }, [changes]);

  const prev = view === 'seuraavaksi' ? STEPS.at(-1) : STEPS[index - 1];
  const next = STEPS[index + 1];
  return (
    <div class="wizard">
      <div class="side">
        <FitBadge />
        <StepNav />
      </div>
      <section class="step" aria-labelledby="step-heading">
        <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
          {step.title}
        </h1>
        <p class="intro">
          <GlossaryText text={step.intro} />
        </p>
        {returnTo && returnTitle && (
          <button type="button" class="button return-back" onClick={() => app.nav.returnBack()}>
            ← {t.wizard.returnTo(returnTitle)}
          </button>
        )}
        <ReviewChanges />
        {app.draft.deletedElsewhere.value && (
          <ChoiceNotice
            text={t.wizard.deletedElsewhere}
            primary={[t.wizard.restoreDeleted, () => void app.lifecycle.restoreDeleted()]}
            secondary={[t.wizard.saveAsNew, () => void app.lifecycle.saveAsNew()]}
          />
        )}
        {app.draft.unsavedHere.value && (
          <ChoiceNotice
            text={t.wizard.unsavedHere}
            primary={[t.wizard.saveUnsavedAsNew, () => void app.lifecycle.saveUnsavedAsNew()]}
            secondary={[t.wizard.dropUnsaved, () => app.lifecycle.dropUnsaved()]}
          />
        )}
        {app.draft.received.value && <ReceivedNotice />}
        {app.draft.access.value === 'reader' && (
          <ActionNotice tone="info" text={t.wizard.readOnly} action={t.wizard.takeOver} onAction={() => void app.lifecycle.takeOver()} />
        )}
        {/* A reading tab shows the draft but cannot change it: one writer at a time. */}
        <fieldset class="step-fields" disabled={app.draft.access.value === 'reader' || app.draft.deletedElsewhere.value}>
          <legend class="visually-hidden">{step.title}</legend>
          <FieldsLocked.Provider value={locked}>
            {parts.map((part) => {
              const questions = <PartQuestions key={part} part={part} slots={PART_SLOTS[part]} />;
              const commentable = part !== 'tarkistus';
              // A received paper's part without item comments is locked whole; a list part locks its
              // own controls (FieldsLocked), so the comments beside its items stay writable.
              const body =
                locked && commentable && !(part in COMMENTABLE_LISTS) ? (
                  <fieldset class="locked-part" disabled>
                    <legend class="visually-hidden">{partTitle(part)}</legend>
                    {questions}
                  </fieldset>
                ) : (
                  questions
                );
              // A step of one part is that part; a step of several shows each under its own heading.
              return parts.length === 1 ? (
                <>
                  {commentable && <CommentThread section={part} label={step.title} />}
                  {body}
                </>
              ) : (
                <div class="part" role="group" aria-labelledby={`part-${part}`}>
                  <h2 id={`part-${part}`} class="part-title">
                    {partTitle(part)}
                  </h2>
                  {commentable && <CommentThread section={part} label={partTitle(part)} />}
                  {body}
                </div>
              );
            })}
          </FieldsLocked.Provider>
        </fieldset>
        <div class="step-buttons">
          {prev ? (
            <button type="button" class="button" onClick={() => app.nav.goToStep(prev.id)}>
              ← {t.wizard.back}
              <span class="visually-hidden">: {prev.title}</span>
            </button>
          ) : (
            <span />
          )}
          {next ? (
            <button type="button" class="button primary" onClick={() => app.nav.goToStep(next.id)}>
              {t.wizard.next}
              <span class="visually-hidden">: {next.title}</span> →
            </button>
          ) : (
            view !== 'seuraavaksi' && (
              <button type="button" class="button primary" onClick={() => app.nav.goToStep('seuraavaksi')}>
                {NEXT_VIEW.title} →
              </button>
            )
          )}
        </div>
      </section>
    </div>
  );
}

/** The element of a field: the input itself, or its group (checkboxes) or list. */
function findField(field: string): HTMLElement | null {
  if (field.startsWith('#')) return document.getElementById(field.slice(1));
  const direct =
    document.getElementById(fieldDomId(field)) ??
    document.getElementById(fieldDomId(`${field}.selected`)) ??
    document.getElementById(field);
  if (direct) return direct;
  // A list-level requirement ("at least one action"): focus the list's first item or add button.
  const section = document.querySelector<HTMLElement>('.list-editor h3, .list-editor > button');
  return section;
}

/** Sections edited after the coordinator's commented version, if a review came in. */
function ReviewChanges() {
  const app = useApp();
  const d = app.draft.current.value;
  if (!d?.review) return null;
  const changed = changedSinceReview(d);
  if (changed.length === 0) return null;
  const titles = changed.map((id) => partTitle(id)).join(', ');
  return (
    <p class="notice info review-changes" role="status">
      {t.comments.changedSince(titles)}
    </p>
  );
}

type Choice = readonly [label: string, onClick: () => void];

/** A warning that asks the user to choose what happens to text at risk (never chosen for her). */
function ChoiceNotice({ text, primary, secondary }: { text: string; primary: Choice; secondary: Choice }) {
  return (
    <div class="notice error" role="alert">
      <p>{text}</p>
      <div class="card-actions">
        <button type="button" class="button primary" onClick={primary[1]}>
          {primary[0]}
        </button>
        <button type="button" class="button" onClick={secondary[1]}>
          {secondary[0]}
        </button>
      </div>
    </div>
  );
}
