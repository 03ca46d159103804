import { t } from '../../messages-wizard';

/** Ask before removing an item that has text in it; an empty item goes without asking. */
export function confirmIfFilled(item: object, name: string) {
  const hasText = Object.entries(item).some(([k, v]) => k !== 'id' && typeof v === 'string' && v.trim() !== '' && k !== 'loiStatus');
  if (!hasText) return null;
  return { title: t.list.removeItemTitle, body: t.list.removeItemBody(name), confirmLabel: t.list.removeItemConfirm };
}
