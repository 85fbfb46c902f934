/** The rota grid's warnings: a unit losing its only window on a weekday, or having none all week. */
import { describe, expect, it } from 'vitest';
import type { UnitView, WindowView } from '@hallq/protocol';
import { rotaOf, rotaWarnings } from './rota-warnings';

const unit = (id: string, kind: UnitView['kind'] = 'comprehensive'): UnitView => ({
  id,
  siteId: 's',
  name: id,
  shortName: id,
  ticketPrefix: 'X',
  kind,
  servedToday: false,
  servedWeekdays: [],
});
const win = (id: string, kind: string, unitIds: string[], rota?: Record<string, string>) =>
  ({
    id,
    siteId: 's',
    number: 1,
    name: id,
    zone: '',
    kind,
    unitIds,
    todayUnitIds: [],
    ...(rota ? { rota } : {}),
  }) as WindowView;

const units = [unit('jiaoyu'), unit('wenti'), unit('yibao', 'whole')];
const windows = [
  win('w24', 'comprehensive', ['jiaoyu', 'wenti'], { '1': 'jiaoyu', '2': 'wenti', '4': 'jiaoyu' }),
  win('w7', 'whole', ['yibao']),
];
const WEEK = [1, 2, 3, 4, 5];

describe('rotaWarnings', () => {
  it('the saved rota warns of nothing', () => {
    expect(rotaWarnings(units, windows, rotaOf(windows), WEEK)).toEqual([]);
  });

  it('moving 教育局 from Monday to Tuesday warns that Monday loses it (and 文体 loses Tuesday)', () => {
    const draft = { w24: { '2': 'jiaoyu', '4': 'jiaoyu', '3': 'wenti' } };
    expect(rotaWarnings(units, windows, draft, WEEK)).toEqual([
      { kind: 'lostDay', unitId: 'jiaoyu', weekday: 1 },
      { kind: 'lostDay', unitId: 'wenti', weekday: 2 },
    ]);
  });

  it('a unit left on no day at all says so once, not per day', () => {
    const draft = { w24: { '1': 'jiaoyu', '4': 'jiaoyu' } };
    expect(rotaWarnings(units, windows, draft, WEEK)).toEqual([{ kind: 'noDay', unitId: 'wenti' }]);
  });

  it('another window serving the unit that day covers it; a disabled unit is not warned of', () => {
    const covered = [...windows, win('w30', 'permanent', ['jiaoyu'])];
    expect(rotaWarnings(units, covered, { w24: {} }, WEEK)).toEqual([
      { kind: 'noDay', unitId: 'wenti' },
    ]);
    const off = [unit('jiaoyu'), { ...unit('wenti'), enabled: false }];
    expect(rotaWarnings(off, windows, { w24: { '1': 'jiaoyu' } }, WEEK)).toEqual([
      { kind: 'lostDay', unitId: 'jiaoyu', weekday: 4 },
    ]);
  });

  it('a day that is not a working day is not warned of', () => {
    const draft = { w24: { '2': 'wenti', '4': 'jiaoyu' } };
    expect(rotaWarnings(units, windows, draft, [2, 3, 4, 5])).toEqual([]);
  });
});
