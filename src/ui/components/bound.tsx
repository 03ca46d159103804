/**
 * Controls bound to a draft field by its typed path: the label and help come from the domain's
 * field texts, the value from the open draft, and edits go to the draft's edits. Each control
 * reads only its own value and messages (computed), so a keystroke re-renders that control alone.
 */
import { useComputed } from '@preact/signals';
import { FIELDS, getAtPath, issuesFor, type Option, type TextedPath } from '../../domain';
import { useEdits, useOpenDraft, usePaper, type IdsFieldPath, type TextFieldPath } from '../../state';
import { CheckboxGroup, fieldDomId, RadioGroup, Select, TextArea, TextInput } from './fields';
import { sameIssues } from './same-issues';

/** A path with texts (label, help) in fields.ts whose value is a text or a choice. */
type BoundTextPath = TextedPath & TextFieldPath;
/** A path with texts whose value is a list of ids. */
type BoundIdsPath = TextedPath & IdsFieldPath;

function useBinding(path: TextedPath) {
  const open = useOpenDraft();
  const paper = usePaper();
  const value = useComputed(() => {
    const d = open.current.value;
    return d ? getAtPath(d, path) : undefined;
  });
  const issues = useComputed(sameIssues(() => issuesFor(paper.issues.value, path)));
  return { id: fieldDomId(path), text: FIELDS[path], value: value.value, issues: issues.value };
}

type InputExtras = Pick<Parameters<typeof TextInput>[0], 'type' | 'autoComplete' | 'inputMode'>;

export function BoundText({ path, ...rest }: { path: BoundTextPath } & InputExtras) {
  const b = useBinding(path);
  const edits = useEdits();
  return (
    <TextInput id={b.id} text={b.text} value={String(b.value ?? '')} onValue={(v) => edits.type(path, v)} issues={b.issues} {...rest} />
  );
}

export function BoundArea({ path, rows }: { path: BoundTextPath; rows?: number }) {
  const b = useBinding(path);
  const edits = useEdits();
  return (
    <TextArea id={b.id} text={b.text} value={String(b.value ?? '')} onValue={(v) => edits.type(path, v)} issues={b.issues} rows={rows} />
  );
}

export function BoundSelect({ path, options }: { path: BoundTextPath; options: readonly Option[] }) {
  const b = useBinding(path);
  const edits = useEdits();
  return (
    <Select
      id={b.id}
      text={b.text}
      value={String(b.value ?? '')}
      onValue={(v) => edits.setText(path, v)}
      issues={b.issues}
      options={options}
    />
  );
}

export function BoundChecks({ path, options }: { path: BoundIdsPath; options: readonly Option[] }) {
  const b = useBinding(path);
  const edits = useEdits();
  const value = Array.isArray(b.value) ? b.value.filter((v): v is string => typeof v === 'string') : [];
  return <CheckboxGroup id={b.id} text={b.text} value={value} onValue={(v) => edits.setIds(path, v)} issues={b.issues} options={options} />;
}

/** A single choice as radio buttons; the whole row is the tap target. */
export function BoundRadios({ path, options }: { path: BoundTextPath; options: readonly Option[] }) {
  const b = useBinding(path);
  const edits = useEdits();
  const value = String(b.value ?? '');
  return <RadioGroup id={b.id} text={b.text} value={value} onValue={(v) => edits.setText(path, v)} issues={b.issues} options={options} />;
}
