import { describe, expect, it } from 'vitest';
import { windowRange } from './window-range';

describe('windowRange', () => {
  it('reads runs of three or more as a range and lists the rest', () => {
    expect(windowRange([5, 6, 7, 8])).toBe('5–8');
    expect(windowRange([24])).toBe('24');
    expect(windowRange([1, 3])).toBe('1、3');
    expect(windowRange([8, 5, 6, 7, 11, 12], ', ')).toBe('5–8, 11, 12');
    expect(windowRange([])).toBe('');
  });
});
