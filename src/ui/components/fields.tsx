/** Form controls with a visible label, help text, example, messages and length guide. */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { MAX_TEXT, type FieldIssue, type FieldText, type Option } from '../../domain';
import { t } from '../messages-wizard';
import { GlossaryText } from './GlossaryText';
import { useLocked } from './locked';

/** DOM id of a field; also the target of "open this field" links. */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Whether any message is a problem (a note only says how the input was read). */
const hasProblem = (issues: readonly FieldIssue[] | undefined) => !!issues?.some((i) => i.tone !== 'note');

interface ShellProps {
  id: string;
  text: FieldText;
  issues?: readonly FieldIssue[] | undefined;
  /** Extra line under the control (e.g. the character count). */
  after?: ComponentChildren;
  children: (describedBy: string) => ComponentChildren;
  /** Render the label as a fieldset legend (checkbox groups). */
  group?: boolean;
  /** Accepts a suggested fix of an issue ("Tarkoititko 60 %?"). */
  onFix?: (value: string) => void;
}

function FieldShell({ id, text, issues = [], after, children, group, onFix }: ShellProps) {
  const locked = useLocked();
  const helpId = `${id}-help`;
  const errId = `${id}-err`;
  const describedBy = [helpId, issues.length ? errId : ''].filter(Boolean).join(' ');
  const help = (
    <p class="help" id={helpId}>
      <GlossaryText text={text.help} />
      {text.example && (
        <>
          {' '}
          <span class="example">
            {t.field.example}: {text.example}
          </span>
        </>
      )}
    </p>
  );
  const messages = issues.length > 0 && (
    <div class="field-issues" id={errId}>
      {issues.map((i) => (
        <p class={i.tone === 'note' ? 'issue note' : 'issue'}>
          {i.message}
          {i.fix && onFix && !locked && (
            <>
              {' '}
              <button type="button" class="button small" onClick={() => onFix(i.fix!.value)}>
                {t.field.acceptFix(i.fix.label)}
              </button>
            </>
          )}
        </p>
      ))}
    </div>
  );
  if (group) {
    return (
      <fieldset class={`field${hasProblem(issues) ? ' has-issue' : ''}`} id={id} tabIndex={-1} aria-describedby={describedBy}>
        <legend>{text.label}</legend>
        {help}
        {children(describedBy)}
        {messages}
        {after}
      </fieldset>
    );
  }
  return (
    <div class={`field${hasProblem(issues) ? ' has-issue' : ''}`}>
      <label for={id}>{text.label}</label>
      {help}
      {children(describedBy)}
      {messages}
      {after}
    </div>
  );
}

interface ValueProps<T> {
  id: string;
  text: FieldText;
  value: T;
  onValue: (value: T) => void;
  issues?: readonly FieldIssue[] | undefined;
}

export function TextInput(
  props: ValueProps<string> & {
    type?: 'text' | 'email' | 'tel' | 'month';
    autoComplete?: string;
    inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  },
) {
  const locked = useLocked();
  const text = useShownText(props.value);
  return (
    <FieldShell id={props.id} text={props.text} issues={props.issues} onFix={props.onValue}>
      {(describedBy) => (
        <input
          id={props.id}
          type={(props.type ?? 'text') as 'text'}
          value={text.shown}
          maxLength={MAX_TEXT}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          readOnly={locked}
          aria-describedby={describedBy}
          aria-invalid={hasProblem(props.issues) ? true : undefined}
          onInput={(e) => {
            text.typed(e.currentTarget.value);
            props.onValue(e.currentTarget.value);
          }}
        />
      )}
    </FieldShell>
  );
}

/**
 * The text a field shows: what the user just typed until the draft has it (a keystroke reaches
 * the draft a frame later, or when fast typing pauses: pending-edits.ts), so a re-render in
 * between never puts old text back under the cursor. When the draft's value changes to anything
 * else (another tab took over and its text was read), the field shows that value: what was typed
 * here and not saved is kept by the open draft (unsavedHere) and offered, never shown as if saved.
 */
function useShownText(value: string): { shown: string; typed: (text: string) => void } {
  const typed = useRef<{ readonly text: string; readonly over: string } | null>(null);
  const current = typed.current;
  if (current && (current.text === value || current.over !== value)) typed.current = null;
  return { shown: typed.current?.text ?? value, typed: (text) => (typed.current = { text, over: value }) };
}

/** Characters as the user counts them (a surrogate pair is one), without copying a long text into an array on every keystroke. */
function characterCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

export function TextArea(props: ValueProps<string> & { rows?: number }) {
  const locked = useLocked();
  const text = useShownText(props.value);
  const length = characterCount(props.value);
  const rec = props.text.recommended;
  const over = rec !== undefined && length > rec;
  const countId = `${props.id}-count`;
  return (
    <FieldShell
      id={props.id}
      text={props.text}
      issues={props.issues}
      after={
        <p class={`char-count${over ? ' over' : ''}`} id={countId}>
          {t.field.chars(length)}
          {rec !== undefined && ` · ${t.field.recommended(rec)}`}
          {over && <span class="over-note"> {t.field.overRecommended}</span>}
        </p>
      }
    >
      {(describedBy) => (
        <textarea
          id={props.id}
          rows={props.rows ?? 4}
          value={text.shown}
          maxLength={MAX_TEXT}
          readOnly={locked}
          aria-describedby={`${describedBy} ${countId}`}
          aria-invalid={hasProblem(props.issues) ? true : undefined}
          onInput={(e) => {
            text.typed(e.currentTarget.value);
            props.onValue(e.currentTarget.value);
          }}
        />
      )}
    </FieldShell>
  );
}

export function Select(props: ValueProps<string> & { options: readonly Option[]; allowEmpty?: boolean }) {
  const locked = useLocked();
  return (
    <FieldShell id={props.id} text={props.text} issues={props.issues}>
      {(describedBy) => (
        <select
          id={props.id}
          value={props.value}
          disabled={locked}
          aria-describedby={describedBy}
          aria-invalid={hasProblem(props.issues) ? true : undefined}
          onChange={(e) => props.onValue(e.currentTarget.value)}
        >
          {props.allowEmpty !== false && <option value="">{t.field.choose}</option>}
          {props.options.map((o) => (
            <option value={o.id}>{o.label}</option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxGroup(props: ValueProps<readonly string[]> & { options: readonly Option[] }) {
  const locked = useLocked();
  const toggle = (id: string, on: boolean) => {
    const set = new Set(props.value);
    if (on) set.add(id);
    else set.delete(id);
    // Keep the options' order so the stored list is stable.
    props.onValue(props.options.map((o) => o.id).filter((o) => set.has(o)));
  };
  return (
    <FieldShell id={props.id} text={props.text} issues={props.issues} group>
      {() => (
        <div class="checks">
          {props.options.map((o) => {
            const id = `${props.id}-${o.id}`;
            return (
              <div class="check">
                <input
                  type="checkbox"
                  id={id}
                  checked={props.value.includes(o.id)}
                  disabled={locked}
                  onChange={(e) => toggle(o.id, e.currentTarget.checked)}
                />
                <label for={id}>{o.label}</label>
              </div>
            );
          })}
        </div>
      )}
    </FieldShell>
  );
}

export function RadioGroup(props: ValueProps<string> & { options: readonly Option[] }) {
  const locked = useLocked();
  return (
    <FieldShell id={props.id} text={props.text} issues={props.issues} group>
      {() => (
        <div class="checks">
          {props.options.map((o) => {
            const id = `${props.id}-${o.id}`;
            return (
              <div class="check">
                <input
                  type="radio"
                  id={id}
                  name={props.id}
                  checked={props.value === o.id}
                  disabled={locked}
                  onChange={() => props.onValue(o.id)}
                />
                <label for={id}>{o.label}</label>
              </div>
            );
          })}
        </div>
      )}
    </FieldShell>
  );
}
