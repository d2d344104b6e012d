// Keyboard behaviour of a disclosure menu (a button with aria-expanded controlling a list):
// Escape closes and returns focus to the button; arrow keys, Home and End move between the
// list's links and buttons. Plain DOM; knows nothing about Svelte or what the items do.

const ITEMS = 'a[href], button:not([disabled])';

/**
 * Handles a keydown inside the menu (button or list); returns true when it used the key.
 * @example onkeydown={(e) => disclosureKey(e, button, list, () => (open = false))}
 */
export function disclosureKey(
  e: Pick<KeyboardEvent, 'key' | 'preventDefault' | 'target'>,
  button: HTMLElement,
  list: HTMLElement | undefined,
  close: () => void,
): boolean {
  if (e.key === 'Escape') {
    close();
    button.focus();
    e.preventDefault();
    return true;
  }
  if (!list || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return false;
  const items = [...list.querySelectorAll<HTMLElement>(ITEMS)];
  if (items.length === 0) return false;
  const at = items.indexOf(e.target as HTMLElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? items.length - 1
        : e.key === 'ArrowDown'
          ? (at + 1) % items.length
          : (at - 1 + items.length) % items.length;
  items[next]!.focus();
  e.preventDefault();
  return true;
}
