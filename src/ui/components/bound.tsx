/**
 * Controls bound to a draft field by its dotted path: the label and help come from the
 * domain's field texts, the value from the open draft, and edits go to setField.
 */
import { FIELDS, getAtPath, issuesFor, type FieldKey, type Option } from '../../domain';
import { useApp } from '../../state';
import { CheckboxGroup, fieldDomId, Select, TextArea, TextInput } from './fields';

function useBinding(path: FieldKey) {
  const app = useApp();
  const d = app.draft.value;
  return {
    id: fieldDomId(path),
    text: FIELDS[path],
    value: d ? getAtPath(d, path) : undefined,
    issues: issuesFor(app.issues.value, path),
    set: (v: unknown) => app.actions.setField(path, v),
  };
}

type InputExtras = Pick<Parameters<typeof TextInput>[0], 'type' | 'autoComplete' | 'inputMode'>;

export function BoundText({ path, ...rest }: { path: FieldKey } & InputExtras) {
  const b = useBinding(path);
  return <TextInput id={b.id} text={b.text} value={String(b.value ?? '')} onValue={b.set} issues={b.issues} {...rest} />;
}

export function BoundArea({ path, rows }: { path: FieldKey; rows?: number }) {
  const b = useBinding(path);
  return <TextArea id={b.id} text={b.text} value={String(b.value ?? '')} onValue={b.set} issues={b.issues} rows={rows} />;
}

export function BoundSelect({ path, options }: { path: FieldKey; options: readonly Option[] }) {
  const b = useBinding(path);
  return <Select id={b.id} text={b.text} value={String(b.value ?? '')} onValue={b.set} issues={b.issues} options={options} />;
}

export function BoundChecks({ path, options }: { path: FieldKey; options: readonly Option[] }) {
  const b = useBinding(path);
  const value = Array.isArray(b.value) ? (b.value as string[]) : [];
  return <CheckboxGroup id={b.id} text={b.text} value={value} onValue={b.set} issues={b.issues} options={options} />;
}
