/** Controls bound to one property of a list item (an action's title, a risk's mitigation…). */
import { issuesFor, itemField, itemFieldText, type DraftLists, type ItemTextProp, type ListKey, type Option } from '../../domain';
import { useEdits, usePaper } from '../../state';
import { fieldDomId, Select, TextArea, TextInput } from './fields';

interface Props<K extends ListKey> {
  list: K;
  item: DraftLists[K];
  /** A text property of the item that has texts in fields.ts. */
  prop: ItemTextProp<K> & keyof DraftLists[K] & string;
}

function useItemBinding<K extends ListKey>({ list, item, prop }: Props<K>) {
  const edits = useEdits();
  const path = itemField(list, item.id, prop);
  return {
    id: fieldDomId(path),
    text: itemFieldText(list, prop),
    value: String(item[prop] ?? ''),
    issues: issuesFor(usePaper().issues.value, path),
    set: (v: string) => edits.updateItem(list, item.id, { [prop]: v } as Partial<Omit<DraftLists[K], 'id'>>),
    /** For typing: the draft gets the text just after the keystroke is painted. */
    type: (v: string) => edits.typeItem(list, item.id, prop, v),
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
