/**
 * A ListEditor wired to one of the draft's lists by its key: items, add, move and remove come
 * from the open draft and the editor store; names, labels and the empty item from the domain's
 * list registry. Steps only say which list and how one item is edited.
 */
import type { ComponentChildren } from 'preact';
import { FIELDS, itemNameText, LISTS, type DraftLists, type ListKey } from '../../domain';
import { useApp } from '../../state';
import { t } from '../messages-wizard';
import { confirmIfFilled } from './confirm-remove';
import { ListEditor, type RemoveQuestion } from './ListEditor';
import { useDraftMemo } from './use-draft';

const NO_ITEMS: readonly never[] = [];

interface Props<K extends ListKey> {
  list: K;
  /** Step id whose comments attach to these items. */
  commentSection: string;
  children: (item: DraftLists[K], index: number) => ComponentChildren;
  /** A different question before removing (goals say what gets unlinked); default: ask when filled. */
  confirmRemove?: (item: DraftLists[K], name: string) => RemoveQuestion | null;
  /** What the items show besides themselves (the goal choices); see ListEditor. */
  itemDeps?: unknown;
}

export function DraftListEditor<K extends ListKey>({ list, commentSection, children, confirmRemove, itemDeps }: Props<K>) {
  const app = useApp();
  // This list only: an edit elsewhere in the draft leaves the array (and this editor) alone.
  const items = useDraftMemo((d) => d[list] as unknown as readonly DraftLists[K][], NO_ITEMS, [list]);
  const names = t.items[list];
  const name = (item: DraftLists[K], index: number) => itemNameText(list, item) || `${names.one} ${index + 1}`;
  return (
    <ListEditor
      commentSection={commentSection}
      // A link to a field (fit check, missing part) may point far down the list: draw it whole.
      showAllAtOnce={app.nav.focusField.peek() !== null}
      itemDeps={itemDeps}
      label={FIELDS[list].label}
      itemName={names.one}
      addName={names.add}
      items={items}
      onAdd={() => app.edits.addItem(list, LISTS[list].empty())}
      onMove={(id, delta) => app.edits.moveItem(list, id, delta)}
      onRemove={(id) => app.edits.removeItem(list, id)}
      describe={name}
      confirmRemove={(item) => {
        const label = name(item, items.indexOf(item));
        return confirmRemove ? confirmRemove(item, label) : confirmIfFilled(item, label);
      }}
    >
      {children}
    </ListEditor>
  );
}
