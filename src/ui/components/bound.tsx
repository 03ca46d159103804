/**
 * Controls bound to a draft field by its typed path: the label and help come from the domain's
 * field texts, the value from the open draft, and edits go to setField. Each control reads only
 * its own value and messages (computed), so a keystroke re-renders that control alone.
 */
import { useComputed } from '@preact/signals';
import { FIELDS, getAtPath, issuesFor, type Option, type PathValue, type TextedPath } from '../../domain';
import { useApp } from '../../state';
import { CheckboxGroup, fieldDomId, RadioGroup, Select, TextArea, TextInput } from './fields';
import { sameIssues } from './same-issues';

function useBinding<P extends TextedPath>(path: P) {
  const app = useApp();
  const value = useComputed(() => {
    const d = app.editor.draft.value;
    return d ? getAtPath(d, path) : undefined;
  });
  const issues = useComputed(sameIssues(() => issuesFor(app.paper.issues.value, path)));
  const set = (v: PathValue<P>) => app.editor.setField(path, v);
  return {
    id: fieldDomId(path),
    text: FIELDS[path],
    value: value.value,
    issues: issues.value,
    set,
    /** For typing: the draft gets the text just after the keystroke is painted. */
    type: (v: PathValue<P>) => app.editor.typed(path, () => set(v)),
  };
}

/** Paths whose value is a string: text inputs, text areas and selects. */
type TextPath = { [P in TextedPath]: ReturnType<typeof getAtPath<P>> extends string | undefined ? P : never }[TextedPath];
/** Paths whose value is a list of ids: checkbox groups. */
type IdsPath = { [P in TextedPath]: ReturnType<typeof getAtPath<P>> extends readonly string[] | undefined ? P : never }[TextedPath];

type InputExtras = Pick<Parameters<typeof TextInput>[0], 'type' | 'autoComplete' | 'inputMode'>;

export function BoundText({ path, ...rest }: { path: TextPath } & InputExtras) {
  const b = useBinding(path);
  return <TextInput id={b.id} text={b.text} value={String(b.value ?? '')} onValue={b.type} issues={b.issues} {...rest} />;
}

export function BoundArea({ path, rows }: { path: TextPath; rows?: number }) {
  const b = useBinding(path);
  return <TextArea id={b.id} text={b.text} value={String(b.value ?? '')} onValue={b.type} issues={b.issues} rows={rows} />;
}

export function BoundSelect({ path, options }: { path: TextPath; options: readonly Option[] }) {
  const b = useBinding(path);
  return <Select id={b.id} text={b.text} value={String(b.value ?? '')} onValue={b.set} issues={b.issues} options={options} />;
}

export function BoundChecks({ path, options }: { path: IdsPath; options: readonly Option[] }) {
  const b = useBinding(path);
  const value = Array.isArray(b.value) ? (b.value as string[]) : [];
  return (
    <CheckboxGroup id={b.id} text={b.text} value={value} onValue={(v) => b.set([...v] as never)} issues={b.issues} options={options} />
  );
}

/** A single choice as radio buttons; the whole row is the tap target. */
export function BoundRadios({ path, options }: { path: TextPath; options: readonly Option[] }) {
  const b = useBinding(path);
  const value = String(b.value ?? '');
  return <RadioGroup id={b.id} text={b.text} value={value} onValue={(v) => b.set(v as never)} issues={b.issues} options={options} />;
}
