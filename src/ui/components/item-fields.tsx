/** Controls bound to one property of a list item (an action's title, a risk's mitigation…). */
import { FIELDS, issuesFor, itemField, type DraftLists, type FieldKey, type ListKey, type Option } from '../../domain';
import { useApp } from '../../state';
import { fieldDomId, Select, TextArea, TextInput } from './fields';

interface Props<K extends ListKey> {
  list: K;
  item: DraftLists[K];
  prop: keyof DraftLists[K] & string;
}

function useItemBinding<K extends ListKey>({ list, item, prop }: Props<K>) {
  const app = useApp();
  const path = itemField(list, item.id, prop);
  const set = (v: string) => app.editor.updateItem(list, item.id, { [prop]: v } as Partial<DraftLists[K]>);
  return {
    id: fieldDomId(path),
    text: FIELDS[`${list}.${prop}` as FieldKey],
    value: String(item[prop] ?? ''),
    issues: issuesFor(app.paper.issues.value, path),
    set,
    /** For typing: the draft gets the text just after the keystroke is painted. */
    type: (v: string) => app.editor.typed(path, () => set(v)),
  };
}

export function ItemText<K extends ListKey>(props: Props<K>) {
  const b = useItemBinding(props);
  return <TextInput id={b.id} text={b.text} value={b.value} onValue={b.type} issues={b.issues} />;
}

export function ItemArea<K extends ListKey>(props: Props<K> & { rows?: number }) {
  const b = useItemBinding(props);
  return <TextArea id={b.id} text={b.text} value={b.value} onValue={b.type} issues={b.issues} rows={props.rows ?? 3} />;
}

export function ItemSelect<K extends ListKey>(props: Props<K> & { options: readonly Option[]; allowEmpty?: boolean }) {
  const b = useItemBinding(props);
  return (
    <Select
      id={b.id}
      text={b.text}
      value={b.value}
      onValue={b.set}
      issues={b.issues}
      options={props.options}
      allowEmpty={props.allowEmpty}
    />
  );
}
