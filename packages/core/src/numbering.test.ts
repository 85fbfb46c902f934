import { describe, expect, it } from 'vitest';
import type { HallEvent } from './events';
import { formatNumber } from './numbering';
import { apply, fresh, issue } from './test-support/run';

const numbers = (events: HallEvent[]) =>
  events.flatMap((e) => (e.type === 'ticket.issued' ? [e.ticket.number] : []));

describe('numbering', () => {
  it('Q5 pads the serial to the width and prints wider serials in full', () => {
    expect(formatNumber('A', 12, 3)).toBe('A012');
    expect(formatNumber('A', 1, 3)).toBe('A001');
    expect(formatNumber('B', 1234, 3)).toBe('B1234');
    expect(formatNumber('', 7, 2)).toBe('07');
  });

  it('Q5 serials count per unit, each unit from 001', () => {
    const { events } = apply(
      fresh(),
      issue('t1', 'yb-reg'),
      issue('t2', 'ga-id'),
      issue('t3', 'yb-card'),
      issue('t4', 'yb-reg'),
    );
    expect(numbers(events)).toEqual(['A001', 'C001', 'A002', 'A003']);
  });
});
