import { Component, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_ITEMS } from '../../domain';
import { afterPaint } from '../../state';
import { t } from '../messages-wizard';
import { CommentThread } from './CommentThread';
import { ConfirmDialog } from './ConfirmDialog';
import { useLocked } from './locked';

/** What to ask before removing an item. */
export interface RemoveQuestion {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
}

interface Props<T extends { id: string }> {
  /** Accessible name of the list, e.g. "Toimenpiteet". */
  label: string;
  /** Name of one item, e.g. "Toimenpide". */
  itemName: string;
  /** Partitive for the add button, e.g. "toimenpide". */
  addName: string;
  items: readonly T[];
  /** Adds an empty item and returns its id (focus moves to it). */
  onAdd: () => string;
  onMove: (id: string, delta: -1 | 1) => void;
  /** Removes the item; called after the user confirmed. */
  onRemove: (id: string) => void;
  /** The question to ask before removing; null = remove without asking (an empty item). */
  confirmRemove: (item: T) => RemoveQuestion | null;
  /** A short name of the item for headings and messages. */
  describe: (item: T, index: number) => string;
  children: (item: T, index: number) => ComponentChildren;
  /** Step id whose comments attach to these items (coordinator comments per item). */
  commentSection?: string;
  /** What else the items show besides the item itself (the goal choices): a change re-renders every item. */
  itemDeps?: unknown;
  /** Render every item in the first frame (a link is about to focus a field that may be far down). */
  showAllAtOnce?: boolean;
}

/**
 * Items drawn in the first frame of a list (more than a phone or laptop screen holds). An item
 * is a dozen fields: on the first visit of a step (code not yet optimised by the JavaScript
 * engine) each cost some 40 ms at 4× CPU in a trace, so 30 in the first frame kept the
 * 200-indicator step from being usable for 1.2 s (6: 0.33 s).
 */
const FIRST_ITEMS = 6;

/**
 * How many are drawn after `drawn`, in the next frame: small slices while the code is still
 * cold, then half again as many as are there, up to 30 a frame (every frame also lays out the
 * list drawn so far, so slices of 10 took 30 frames and over 5 s for 300 items).
 */
export const nextDrawn = (drawn: number): number => drawn + Math.min(30, Math.max(10, Math.round(drawn / 2)));

/**
 * How many items to draw: a long list (200 actions) opens with its first items at once and
 * draws the rest a slice per frame, so the step is usable before the whole list is built and
 * typing meanwhile waits for one slice at most. Once the whole list is there, it stays whole
 * (a new item is drawn at once); `showAll` makes it whole now.
 */
function useDrawnCount(total: number, allAtOnce: boolean): { count: number; showAll: () => void } {
  const [drawn, setDrawn] = useState(allAtOnce ? Number.POSITIVE_INFINITY : FIRST_ITEMS);
  useEffect(() => {
    if (drawn === Number.POSITIVE_INFINITY) return;
    if (drawn >= total) {
      setDrawn(Number.POSITIVE_INFINITY);
      return;
    }
    // After the frame that shows the current items has been painted.
    return afterPaint(() => setDrawn(nextDrawn));
  }, [drawn, total]);
  return { count: Math.min(total, drawn), showAll: () => setDrawn(Number.POSITIVE_INFINITY) };
}

interface RowProps<T extends { id: string }> {
  item: T;
  index: number;
  count: number;
  locked: boolean;
  deps: unknown;
  itemName: string;
  describe: (item: T, index: number) => string;
  commentSection?: string;
  render: (item: T, index: number) => ComponentChildren;
  onMove: (id: string, delta: -1 | 1) => void;
  onRemove: (item: T) => void;
}

/**
 * One item. It re-renders only when its own item, place or inputs change: typing in one of 200
 * actions re-renders that action, not the 199 others (the list array is new on every edit).
 */
class ItemRow<T extends { id: string }> extends Component<RowProps<T>> {
  override shouldComponentUpdate(next: RowProps<T>): boolean {
    const p = this.props;
    return (
      next.item !== p.item ||
      next.index !== p.index ||
      next.count !== p.count ||
      next.locked !== p.locked ||
      next.deps !== p.deps ||
      next.commentSection !== p.commentSection
    );
  }

  override render({ item, index: i, count, locked, itemName, describe, commentSection, render, onMove, onRemove }: RowProps<T>) {
    const title = t.list.item(itemName, i + 1);
    return (
      <li class="item">
        <div class="item-head">
          <h3 id={`item-${item.id}`} tabIndex={-1}>
            {title}
          </h3>
          <div class="item-tools" hidden={locked}>
            {/* Reordering only when there is something to reorder. */}
            {!locked && count > 1 && (
              <>
                <button
                  type="button"
                  class="button small"
                  disabled={i === 0}
                  aria-label={`${t.list.moveUp}: ${title}`}
                  onClick={() => onMove(item.id, -1)}
                >
                  ↑ <span class="visually-hidden-sm">{t.list.moveUp}</span>
                </button>
                <button
                  type="button"
                  class="button small"
                  disabled={i === count - 1}
                  aria-label={`${t.list.moveDown}: ${title}`}
                  onClick={() => onMove(item.id, 1)}
                >
                  ↓ <span class="visually-hidden-sm">{t.list.moveDown}</span>
                </button>
              </>
            )}
            {!locked && (
              <button type="button" class="button small danger" aria-label={`${t.list.remove}: ${title}`} onClick={() => onRemove(item)}>
                {t.list.remove}
              </button>
            )}
          </div>
        </div>
        {render(item, i)}
        {commentSection && <CommentThread section={commentSection} itemId={item.id} label={`${title}: ${describe(item, i)}`} />}
      </li>
    );
  }
}

/** Add, edit, reorder and remove items; every control is a real button reachable by keyboard. */
export function ListEditor<T extends { id: string }>(props: Props<T>) {
  const [asking, setAsking] = useState<T | null>(null);
  // An item row does not re-render for other items' edits, so the handlers it holds read the
  // latest props through this ref instead of the ones of the render that created them.
  const latest = useRef(props);
  latest.current = props;
  const locked = useLocked();
  const drawn = useDrawnCount(props.items.length, props.showAllAtOnce === true);
  const addRef = useRef<HTMLButtonElement>(null);
  const question = asking ? props.confirmRemove(asking) : null;
  // The schema's limit, told before the user tries: adding is off and the reason is on screen.
  const full = props.items.length >= MAX_ITEMS;
  const fullId = `${props.label.replace(/\W+/g, '-')}-full`;

  /** Removes (after asking, when the item has text) and keeps keyboard focus in the list. */
  const remove = (item: T, confirmed = false) => {
    const { confirmRemove, items, onRemove } = latest.current;
    if (!confirmed && confirmRemove(item)) {
      setAsking(item);
      return;
    }
    const index = items.findIndex((i) => i.id === item.id);
    const neighbour = items[index + 1] ?? items[index - 1];
    drawn.showAll();
    onRemove(item.id);
    // The removed item's button is gone: focus the next item, or the add button.
    requestAnimationFrame(() => {
      const target = neighbour ? document.getElementById(`item-${neighbour.id}`) : addRef.current;
      target?.focus();
    });
  };

  const focusAfterMove = (id: string) => {
    drawn.showAll();
    requestAnimationFrame(() => document.getElementById(`item-${id}`)?.focus());
  };

  return (
    <div class="list-editor" role="group" aria-label={props.label}>
      {props.items.length === 0 && <p class="muted">{t.list.empty}</p>}
      <ol class="items">
        {props.items.slice(0, drawn.count).map((item, i) => (
          <ItemRow
            key={item.id}
            item={item}
            index={i}
            count={props.items.length}
            locked={locked}
            deps={props.itemDeps}
            itemName={props.itemName}
            describe={props.describe}
            commentSection={props.commentSection}
            render={props.children}
            onMove={(id, delta) => {
              latest.current.onMove(id, delta);
              focusAfterMove(id);
            }}
            onRemove={remove}
          />
        ))}
      </ol>
      {full && !locked && (
        <p class="help list-full" id={fullId}>
          {t.list.full(MAX_ITEMS)}
        </p>
      )}
      {!locked && (
        <button
          type="button"
          class="button"
          ref={addRef}
          disabled={full}
          aria-describedby={full ? fullId : undefined}
          onClick={() => focusAfterMove(props.onAdd())}
        >
          + {t.list.add(props.addName)}
        </button>
      )}
      {asking && question && (
        <ConfirmDialog
          {...question}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            remove(asking, true);
            setAsking(null);
          }}
        />
      )}
    </div>
  );
}
