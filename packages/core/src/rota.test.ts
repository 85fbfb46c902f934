import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { Window } from './model';
import { servedWeekdays, windowsServingUnit } from './catalog-index';
import { unitsServedBy } from './rota';
import { catalog, local } from './test-support/fixture';
import { apply, fresh, issue, rejection } from './test-support/run';

const w = (id: string): Window => catalog.windows[id] as Window;

describe('rota', () => {
  it('Q6 a comprehensive window serves only the unit on its rota that day', () => {
    expect(unitsServedBy(w('w9'), 1)).toEqual(['jiaoyu']);
    expect(unitsServedBy(w('w9'), 2)).toEqual(['wenti']);
    expect(unitsServedBy(w('w9'), 3)).toEqual([]);
    expect(unitsServedBy(w('w9'), 6)).toEqual([]);
  });

  it('Q6 other windows serve all their units every day, weekends too', () => {
    expect(unitsServedBy(w('w1'), 7)).toEqual(['yibao']);
    expect(windowsServingUnit(catalog, 'yibao', 6).map((x) => x.id)).toEqual(['w1', 'w2']);
  });

  it('Q6 windowsServingUnit follows the rota and servedWeekdays lists its days', () => {
    expect(windowsServingUnit(catalog, 'jiaoyu', 4).map((x) => x.id)).toEqual(['w9']);
    expect(windowsServingUnit(catalog, 'jiaoyu', 2)).toEqual([]);
    expect(servedWeekdays(catalog, 'jiaoyu')).toEqual([1, 4]);
    expect(servedWeekdays(catalog, 'wenti')).toEqual([2]);
    expect(servedWeekdays(catalog, 'yibao')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(servedWeekdays(catalog, 'no-such-unit')).toEqual([]);
  });

  it('Q6 a unit off its rota day gets UNIT_NOT_SERVED_TODAY with the days it is served', () => {
    const decision = decide(fresh(), issue('t1', 'jy-cert', local(2, '10:00')));
    expect(decision).toEqual({
      ok: false,
      error: {
        code: 'HALLQ_E_UNIT_NOT_SERVED_TODAY',
        details: { unitId: 'jiaoyu', weekdays: [1, 4] },
      },
    });
    expect(rejection(fresh(), issue('t1', 'wt-permit', local(1, '10:00')))).toBe(
      'HALLQ_E_UNIT_NOT_SERVED_TODAY',
    );
    const { events } = apply(fresh(), issue('t1', 'jy-cert', local(4, '10:00')));
    expect(events).toHaveLength(1);
  });
});
