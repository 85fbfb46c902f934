import { describe, expect, it } from 'vitest';
import { pageTarget, positionOf } from './scroll-pager';

/** A scrolling box 1000 px tall at y=100, holding `n` entries 150 px tall, 14 px apart. */
function box(n: number, scrollTop = 0) {
  const el = {
    clientHeight: 1000,
    scrollHeight: n * 164 - 14,
    scrollTop,
    getBoundingClientRect: () => ({ top: 100 }),
    querySelectorAll: () =>
      Array.from({ length: n }, (_, i) => ({
        getBoundingClientRect: () => ({ top: 100 + i * 164 - el.scrollTop, height: 150 }),
      })),
  };
  return el as unknown as HTMLElement & { scrollTop: number };
}

describe('the page arrows of a long list', () => {
  it('a list that fits has one page and no arrows to use', () => {
    expect(positionOf(box(5))).toEqual({ page: 1, pages: 1, above: false, below: false });
  });

  it('the next page starts at the first entry not wholly shown, so none is cut in half', () => {
    const el = box(16);
    // Entries 0–5 end by 970 px; entry 6 (984–1134) is cut: it starts page 2.
    expect(pageTarget(el, 1)).toBe(984);
    el.scrollTop = 984;
    expect(positionOf(el)).toMatchObject({ page: 2, above: true, below: true });
    expect(positionOf(el).pages).toBeGreaterThanOrEqual(3);
    // And back: page 1 again from the top.
    expect(pageTarget(el, -1)).toBe(0);
  });

  it('at the end, the last page is the count and nothing lies below', () => {
    const el = box(16, 16 * 164 - 14 - 1000);
    const at = positionOf(el);
    expect(at.below).toBe(false);
    expect(at.page).toBe(at.pages);
  });
});
