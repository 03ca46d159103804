import { t } from '../messages-wizard';
import type { RemoveQuestion } from './ListEditor';

/** Properties that hold a choice or a link, not the user's text. */
const NOT_TEXT = new Set(['id', 'goalId', 'loiStatus']);

/** Ask before removing an item that has text in it; an empty item goes without asking. */
export function confirmIfFilled(item: object, name: string): RemoveQuestion | null {
  const hasText = Object.entries(item).some(([k, v]) => !NOT_TEXT.has(k) && typeof v === 'string' && v.trim() !== '');
  if (!hasText) return null;
  return { title: t.list.removeItemTitle, body: t.list.removeItemBody(name), confirmLabel: t.list.removeItemConfirm };
}
