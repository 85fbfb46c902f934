import { describe, expect, it } from 'vitest';
import { MON_0900 } from '../test-support/fixture';
import { fresh } from '../test-support/run';
import { input } from '../test-support/supervision';
import { conditionsOf } from './evaluate';
import { proxyOverdue } from './proxy-overdue';
import type { ProxyDue } from './types';

const due: ProxyDue = {
  id: 'px-1',
  unitId: 'yibao',
  itemId: 'yb-reg',
  dueDay: '2026-11-23',
  dueAt: MON_0900 + 15 * 3_600_000 - 1,
};

describe('S11 a 代办 past its promised date', () => {
  it('S11 is red once its due day is over, not before', () => {
    expect(proxyOverdue.evaluate(input(fresh(), { now: due.dueAt, proxies: [due] }))).toEqual([]);
    expect(proxyOverdue.evaluate(input(fresh(), { now: due.dueAt + 1, proxies: [due] }))).toEqual([
      {
        key: 'proxy-overdue:px-1',
        rule: 'proxy-overdue',
        level: 'red',
        siteId: 'hall',
        unitId: 'yibao',
        detail: { proxyId: 'px-1', itemId: 'yb-reg', dueDay: '2026-11-23', daysLate: 1 },
      },
    ]);
  });

  it('S11 is among the conditions of the site, and closes as done', () => {
    const later = input(fresh(), { now: due.dueAt + 3 * 86_400_000, proxies: [due] });
    expect(conditionsOf(later).filter((c) => c.rule === 'proxy-overdue')).toHaveLength(1);
    expect(conditionsOf(later).find((c) => c.rule === 'proxy-overdue')?.detail.daysLate).toBe(3);
    expect(
      proxyOverdue.closedBecause({ rule: 'proxy-overdue', siteId: 'hall', detail: {} }, later),
    ).toBe('proxy-done');
  });
});
