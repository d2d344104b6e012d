// Keys of a disclosure menu, on real DOM (jsdom): Escape returns focus, arrows move between items.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { disclosureKey } from '../../src/components/disclosureKeys.ts';

function menu() {
  document.body.innerHTML = `<button id="b">Menu</button><div id="l"><a href="#1">One</a><button>Two</button><button disabled>Off</button><a href="#3">Three</a></div>`;
  const button = document.getElementById('b')!;
  const list = document.getElementById('l')!;
  const items = [...list.querySelectorAll<HTMLElement>('a, button:not([disabled])')];
  return { button, list, items };
}

afterEach(() => document.body.replaceChildren());

describe('disclosureKey', () => {
  it('Escape closes and returns focus to the button', () => {
    const { button, list, items } = menu();
    items[1]!.focus();
    const close = vi.fn();
    const e = { key: 'Escape', target: items[1]!, preventDefault: vi.fn() };
    expect(disclosureKey(e, button, list, close)).toBe(true);
    expect(close).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(button);
  });

  it.each([
    { key: 'ArrowDown', from: -1, to: 0 },
    { key: 'ArrowDown', from: 0, to: 1 },
    { key: 'ArrowDown', from: 2, to: 0 },
    { key: 'ArrowUp', from: 0, to: 2 },
    { key: 'Home', from: 2, to: 0 },
    { key: 'End', from: 0, to: 2 },
  ])('$key from item $from focuses item $to (skipping disabled ones)', ({ key, from, to }) => {
    const { button, list, items } = menu();
    const target = from < 0 ? button : items[from]!;
    target.focus();
    expect(disclosureKey({ key, target, preventDefault: vi.fn() }, button, list, vi.fn())).toBe(
      true,
    );
    expect(document.activeElement).toBe(items[to]);
  });

  it.each([
    ['a closed menu', 'ArrowDown', false],
    ['another key', 'a', true],
  ])('ignores arrows on %s', (_name, key, open) => {
    const { button, list } = menu();
    const preventDefault = vi.fn();
    expect(
      disclosureKey(
        { key, target: button, preventDefault },
        button,
        open ? list : undefined,
        vi.fn(),
      ),
    ).toBe(false);
    expect(preventDefault).not.toHaveBeenCalled();
  });
});
