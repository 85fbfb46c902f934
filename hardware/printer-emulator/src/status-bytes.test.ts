import { describe, expect, it } from 'vitest';
import { statusByte } from './status-bytes';

const replies = (mode: Parameters<typeof statusByte>[1]): number[] =>
  [1, 2, 3, 4].map((n) => statusByte(n, mode) ?? -1);

describe('statusByte (Epson DLE EOT replies)', () => {
  it('answers a healthy printer with the fixed bits only', () => {
    expect(replies({})).toEqual([0x12, 0x12, 0x12, 0x12]);
  });

  it('sets the paper-end bits in n=4 and n=2, and goes offline in n=1, when out of paper', () => {
    expect(replies({ paperOut: true })).toEqual([0x1a, 0x32, 0x12, 0x7e]);
  });

  it('sets only the near-end bits when the roll is nearly used up', () => {
    expect(replies({ paperNearEnd: true })).toEqual([0x12, 0x12, 0x12, 0x1e]);
  });

  it('sets the cover-open bit in n=2 and goes offline in n=1 when the cover is open', () => {
    expect(replies({ coverOpen: true })).toEqual([0x1a, 0x16, 0x12, 0x12]);
  });

  it('does not answer queries it does not emulate', () => {
    expect(statusByte(7, {})).toBeNull();
  });
});
