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
    // A unit not served today with nobody waiting is left off the board.
    expect(v.units).toEqual([
      { unitId: 'yibao', name: '医保局', waiting: 7 },
      { unitId: 'shebao', name: '社保局', waiting: 0 },
      { unitId: 'wenti', name: '文体广新局', waiting: 0 },
    ]);
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
    expect(v.units.map((u) => u.unitId)).toEqual(['yibao', 'shebao']);
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
    expect(v.units.map((u) => u.unitId)).toEqual(['yibao', 'wenti']);
  });

  it('never lists more than 12 calls however many are in the snapshot', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      call(100 - i, `A${String(i).padStart(3, '0')}`, 5),
    );
    const v = deriveHallView(snapshot(many), catalog, undefined);
    expect(v.calls).toHaveLength(12);
    expect(v.calls[0]!.ticket.number).toBe('A000');
  });
});
