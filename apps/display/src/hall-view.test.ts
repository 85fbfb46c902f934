import { describe, expect, it } from 'vitest';
import type { CatalogReply, HallSnapshot, RecentCall } from '@hallq/protocol';
import { deriveHallView, scopeOf } from './hall-view';

type U = CatalogReply['units'][number];
type W = CatalogReply['windows'][number];
const unit = (id: string, shortName: string, servedToday = true): U => ({
  id,
  siteId: 'district',
  name: shortName,
  shortName,
  ticketPrefix: 'X',
  kind: 'permanent',
  servedToday,
  servedWeekdays: [1, 2, 3, 4, 5],
});
const win = (
  number: number,
  zone: string,
  unitIds: string[],
  rota?: Record<string, string>,
): W => ({
  id: `w${number}`,
  siteId: 'district',
  number,
  name: `${number}号窗口`,
  zone,
  kind: rota ? 'comprehensive' : 'whole',
  unitIds,
  todayUnitIds: rota ? [rota['2']!] : unitIds,
  ...(rota ? { rota } : {}),
});
const catalog = {
  units: [
    unit('yibao', '医保局'),
    unit('shebao', '社保局'),
    unit('jiaoyu', '教育局', false),
    unit('wenti', '文体广新局'),
  ],
  windows: [
    win(1, 'A区', ['shebao']),
    win(5, 'A区', ['yibao']),
    win(24, 'C区', ['jiaoyu', 'wenti'], { '1': 'jiaoyu', '2': 'wenti' }),
  ],
};
const call = (seq: number, number: string, w: number): RecentCall => ({
  seq,
  at: seq,
  ticket: { id: `t${seq}`, number, unitId: 'u' },
  window: { id: `w${w}`, number: w },
  recall: false,
});
const snapshot = (calls: RecentCall[]): HallSnapshot => ({
  seq: 99,
  siteId: 'district',
  businessDay: '2026-11-26',
  at: 0,
  units: [
    { unitId: 'yibao', waiting: 7, priorityWaiting: 0 },
    { unitId: 'jiaoyu', waiting: 0, priorityWaiting: 0 },
  ],
  windows: [],
  recentCalls: calls,
  notice: '',
});

describe('scopeOf and deriveHallView', () => {
  it('shows the whole hall when the screen is not limited', () => {
    const v = deriveHallView(
      snapshot([call(3, 'JY001', 24), call(2, 'A001', 5)]),
      catalog,
      undefined,
    );
    expect(v.calls.map((c) => c.ticket.number)).toEqual(['JY001', 'A001']);
    // Only units with people waiting get a row; the others served today are counted for one line.
    expect(v.units).toEqual([{ unitId: 'yibao', name: '医保局', waiting: 7 }]);
    expect(v.idleUnits).toBe(2); // 社保局, 文体广新局 (教育局 is not served today)
    expect(v.rota).toEqual([
      {
        windowNumber: 24,
        today: '文体广新局',
        week: [
          { weekday: 1, unit: '教育局' },
          { weekday: 2, unit: '文体广新局' },
        ],
      },
    ]);
  });

  it('limits calls, units and rota to a zone', () => {
    const scope = scopeOf(catalog, { zone: 'A区' });
    const v = deriveHallView(snapshot([call(3, 'JY001', 24), call(2, 'A001', 5)]), catalog, scope);
    expect(v.calls.map((c) => c.ticket.number)).toEqual(['A001']);
    expect(v.units.map((u) => u.unitId)).toEqual(['yibao']);
    expect(v.idleUnits).toBe(1);
    expect(v.rota).toEqual([]);
  });

  it('limits to units, across zones', () => {
    const scope = scopeOf(catalog, { unitIds: ['yibao', 'wenti'] });
    expect([...scope!.windowIds].sort()).toEqual(['w24', 'w5']);
    const v = deriveHallView(
      snapshot([call(4, 'B001', 1), call(3, 'WT001', 24), call(2, 'A001', 5)]),
      catalog,
      scope,
    );
    expect(v.calls.map((c) => c.ticket.number)).toEqual(['WT001', 'A001']);
    expect(v.units.map((u) => u.unitId)).toEqual(['yibao']);
    expect(v.idleUnits).toBe(1); // 文体广新局
  });

  it('never lists more than 12 calls however many are in the snapshot', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      call(100 - i, `A${String(i).padStart(3, '0')}`, 5),
    );
    const v = deriveHallView(snapshot(many), catalog, undefined);
    expect(v.calls).toHaveLength(12);
    expect(v.calls[0]!.ticket.number).toBe('A000');
  });

  it('puts every staffed window on the 正在办理 board with its current number, by window number', () => {
    const ticket = (number: string, status: 'called' | 'serving') => ({
      id: number,
      number,
      unitId: 'yibao',
      itemId: 'YB001',
      priority: 'normal' as const,
      issuedAt: 0,
      transferCount: 0,
      status,
      calledAt: 1,
      recallCount: 0,
    });
    const w = (number: number, status: 'open' | 'paused' | 'signedOut', current?: unknown) => ({
      id: `w${number}`,
      number,
      name: `${number}号窗口`,
      status,
      todayUnitIds: [],
      ...(current ? { current } : {}),
    });
    const snap = {
      ...snapshot([]),
      windows: [
        w(24, 'open', ticket('WT1234', 'serving')),
        w(5, 'open', ticket('A012', 'called')),
        w(1, 'signedOut'),
        w(3, 'paused', ticket('B007', 'serving')),
        w(2, 'open'),
      ],
    } as HallSnapshot;
    expect(deriveHallView(snap, catalog, undefined).serving).toEqual([
      { windowNumber: 2, state: 'idle' },
      { windowNumber: 3, state: 'paused' },
      { windowNumber: 5, state: 'called', number: 'A012' },
      { windowNumber: 24, state: 'serving', number: 'WT1234' },
    ]);
    // A zone screen shows its own windows only.
    const scope = scopeOf(catalog, { zone: 'C区' });
    expect(deriveHallView(snap, catalog, scope).serving.map((r) => r.windowNumber)).toEqual([24]);
  });
});
