/**
 * A page at several screen sizes: no text cut off (lists that scroll down
 * count as in reach: `textOverflows`'s `panelsScroll`) and no sideways
 * scrolling, at each size in turn.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { textOverflows } from './display-fit-checks';

export async function fitsAtSizes(
  page: Page,
  sizes: readonly { width: number; height: number }[],
): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    const label = `${size.width}×${size.height}`;
    await expect
      .poll(() => page.evaluate(textOverflows, { panelsScroll: true }), {
        timeout: 2_000,
        message: label,
      })
      .toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      label,
    ).toBe(true);
  }
}
