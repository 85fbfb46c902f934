/**
 * The official calendar on the real server (core R9, R13): the shipped
 * years with their notice; an admin enters the next year (audited, kept
 * across a restart) and a 差评's deadlines count on it; a bad year is
 * refused and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall, rate } from '../../test/rating-hall';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

/** Thursday 2026-12-31, 10:00 in Shanghai. */
const NEW_YEARS_EVE = Date.UTC(2026, 11, 31, 2);

describe('the official calendar', () => {
  it('an admin enters 2027; a 差评 on new year’s eve is due after its holidays', async () => {
    const { h, ticket, pad5, admin } = await finishedHall({ at: NEW_YEARS_EVE });
    hall = h;
    const get = async (year: number) =>
      (await h.request({ method: 'GET', url: `/api/v1/calendar/${year}`, token: admin })).body;
    expect(await get(2026)).toMatchObject({
      known: true,
      edited: false,
      source: expect.stringContaining('2026年部分节假日安排'),
      workdays: [
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ],
    });
    expect(await get(2027)).toMatchObject({ known: false, holidays: [], workdays: [] });

    const put = (body: object) =>
      h.request({ method: 'PUT', url: '/api/v1/calendar/2027', token: admin, body });
    const events = (h.app.db.prepare(`SELECT COUNT(*) AS n FROM events`).get() as { n: number }).n;
    for (const [holidays, workdays, problem] of [
      [['2026-12-31'], [], 'notInYear'],
      [['2027-01-09'], ['2027-01-09'], 'bothOffAndOn'],
      [[], ['2027-01-08'], 'workdayNotWeekend'],
    ] as const) {
      const res = await put({ holidays, workdays, source: '测试' });
      expect([res.status, res.body.error.code, res.body.error.details.problem]).toEqual([
        400,
        'HALLQ_E_CALENDAR_INVALID',
        problem,
      ]);
    }
    expect((h.app.db.prepare(`SELECT COUNT(*) AS n FROM events`).get() as { n: number }).n).toBe(
      events,
    );

    const ok = await put({
      holidays: ['2027-01-04', '2027-01-01'],
      workdays: ['2027-01-09'],
      source: '（测试用）2027年安排',
    });
    expect(ok.body).toMatchObject({
      known: true,
      edited: true,
      holidays: ['2027-01-01', '2027-01-04'],
      workdays: ['2027-01-09'],
    });
    const audit = h.app.db
      .prepare(`SELECT action, target FROM audit ORDER BY id DESC LIMIT 1`)
      .get();
    expect(audit).toEqual({ action: 'calendar.changed', target: 'calendar:2027' });

    await h.restart();
    expect(await get(2027)).toMatchObject({ edited: true, holidays: ['2027-01-01', '2027-01-04'] });
    const pad = await rate(h, pad5, { ticketId: ticket.id, level: 2, tags: ['多次跑动'] });
    expect(pad.status).toBe(201);
    const cases = await h.request({ method: 'GET', url: '/api/v1/rating-cases', token: admin });
    // 01-01 off, a weekend, 01-04 off: 回访 on Tuesday 01-05; the 调休 Saturday 01-09 counts.
    expect(cases.body.cases[0]).toMatchObject({
      followUpDueDay: '2027-01-05',
      rectifyDueDay: '2027-01-09',
      calendarConfirmed: true,
    });
  });
});
