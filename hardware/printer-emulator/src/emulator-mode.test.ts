import { describe, expect, it } from 'vitest';
import { parseMode } from './emulator-mode';

describe('parseMode', () => {
  it('keeps the faults that are on and drops the ones that are off', () => {
    expect(parseMode({ paperOut: true, coverOpen: false, slowMs: 0, dropNext: 2 })).toEqual({
      paperOut: true,
      dropNext: 2,
    });
    expect(parseMode({})).toEqual({});
  });

  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    [{ paperout: true }, /unknown mode field "paperout"/],
    [{ offline: 'yes' }, /offline must be true or false/],
    [{ slowMs: -1 }, /slowMs must be a whole number/],
    [{ slowMs: 1.5 }, /slowMs must be a whole number/],
  ])('rejects %j', (input, why) => {
    expect(() => parseMode(input)).toThrow(why);
  });
});
