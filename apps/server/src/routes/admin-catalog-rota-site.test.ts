/**
 * The admin API's 轮值表 (a window's rota) and 大厅设置 (numbering, working
 * days, opening hours) against the real server: a change shows at once in
 * /catalog, the hall view and the kiosk, and is audited.
 */
import { describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { catalogSuite } from '../../test/admin-api';

describe('admin API: catalogue and site settings', () => {
  let hall: TestHall;
  const { req, catalog, windowIn } = catalogSuite((started) => (hall = started.hall));

  it('轮值表: moving 教育局 off Monday shows at once in /catalog, the hall view and the kiosk', async () => {
    const before = await catalog();
    expect(windowIn(before.windows, 'w24')).toMatchObject({ todayUnitIds: ['jiaoyu'] });
    const jiaoyuItem = hall.itemOf('jiaoyu');
    expect((await hall.issue(jiaoyuItem)).status).toBe(201);

    const res = await req('PUT', '/windows/w24/rota', {
      rota: { '1': 'wenti', '2': 'jiaoyu', '3': 'canlian', '4': 'jiaoyu', '5': 'minzong' },
    });
    expect(res.status).toBe(200);
    const c = await catalog();
    expect(windowIn(c.windows, 'w24')).toMatchObject({ todayUnitIds: ['wenti'] });
    const jiaoyu = c.units.find((u: { id: string }) => u.id === 'jiaoyu');
    expect(jiaoyu).toMatchObject({ rotaWeekdays: [2, 4], servedToday: false });
    const queues = (await req('GET', '/queues')).body;
    expect(windowIn(queues.windows, 'w24')).toMatchObject({ todayUnitIds: ['wenti'] });
    const refused = await hall.issue(jiaoyuItem);
    expect(refused.body.error.code).toBe('HALLQ_E_UNIT_NOT_SERVED_TODAY');
    expect(refused.body.error.details.weekdays).toEqual([2, 4]);
    // The rota change and the unit's weekdays it moved are both audited.
    const entries = (await req('GET', '/audit?limit=3')).body.entries;
    expect(entries.map((e: { target: string }) => e.target).sort()).toEqual(
      ['unit:jiaoyu', 'unit:wenti', 'window:w24'].sort(),
    );
  });

  it('site settings (大厅设置) take effect on the next ticket', async () => {
    const res = await req('PATCH', '/sites/district', {
      numberWidth: 4,
      workingWeekdays: [5, 1, 2, 3, 4],
    });
    expect(res.status).toBe(200);
    expect(res.body.entry).toMatchObject({ numberWidth: 4, workingWeekdays: [1, 2, 3, 4, 5] });
    const issued = await hall.issue(hall.itemOf('shebao'));
    expect(issued.body.ticket.number).toMatch(/^[A-Z]\d{4}$/);
    const closed = await req('PATCH', '/sites/district', {
      openingHours: [{ start: '08:00', end: '09:00' }],
    });
    expect(closed.status).toBe(200);
    expect((await hall.issue(hall.itemOf('shebao'))).body.error.code).toBe('HALLQ_E_OUTSIDE_HOURS');
    await req('PATCH', '/sites/district', { openingHours: [] });
    expect((await hall.issue(hall.itemOf('shebao'))).status).toBe(201);
    const [entry] = (await req('GET', '/audit?target=site:district')).body.entries;
    expect(entry).toMatchObject({ action: 'site.updated', after: { openingHours: [] } });
  });
});
