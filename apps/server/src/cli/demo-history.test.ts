/**
 * `pnpm hallq demo-history --days N` on a seeded data directory: the past
 * working days are filled, their figures are built from the log, and the
 * reports show them (arrivals peak in the morning, some visitors sent on
 * to another unit's window), with 电子监察's alerts, the visitors'
 * 好差评 and the cases of their 差评 worked through; a second run adds none.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { MONDAY_10AM, seededDataDir, startTestHall, type TestHall } from '../../test/test-hall';
import { CliError } from './cli-error';
import { demoHistory } from './demo-history';

let h: TestHall | undefined;
afterAll(() => h?.close());

describe('demo-history', () => {
  it('fills the last days so the reports are not empty', async () => {
    const dataDir = seededDataDir();
    const config = loadConfig({ HALLQ_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    // Monday 2026-11-23: the week before, Monday to Friday.
    const out = demoHistory({ days: '7' }, config, MONDAY_10AM);
    expect(out).toMatch(/on 5 working days \(2026-11-16 … 2026-11-20\)/);
    expect(() => demoHistory({ days: '7' }, config, MONDAY_10AM)).toThrow(CliError);
    expect(() => demoHistory({ days: 'many' }, config, MONDAY_10AM)).toThrow(/--days/);

    h = await startTestHall({ dataDir });
    const supervisor = await h.login('supervisor');
    const get = async (by: string) => {
      const r = await h!.request({
        method: 'GET',
        url: `/api/v1/reports?from=2026-11-16&to=2026-11-22&by=${by}`,
        token: supervisor,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body as {
        rows: { key: string; issued: number; served: number }[];
        totals: {
          issued: number;
          served: number;
          noShow: number;
          avgWaitMs: number;
          transferredOut: number;
        };
      };
    };
    const days = await get('day');
    expect(days.rows.map((r) => r.key)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    expect(days.totals.issued).toBeGreaterThan(5 * 1000);
    expect(days.totals.served + days.totals.noShow).toBe(days.totals.issued);
    expect(days.totals.avgWaitMs).toBeGreaterThan(0);
    // 转窗: about one served visitor in 30 went on to another unit's window,
    // which called and served them; the report counts each once, at the
    // window that sent them.
    const transferred = h.app.db
      .prepare(
        `SELECT t.id, t.transferred_from AS fromWindow, t.window_id AS servedAt,
           t.issued_unit_id AS issuedUnit, t.unit_id AS unit, t.served_by AS clerk,
           r.staff_id AS ratedClerk, r.window_id AS ratedWindow
         FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
         WHERE t.transfer_count = 1 AND t.business_day BETWEEN '2026-11-16' AND '2026-11-20'`,
      )
      .all() as Record<string, string | null>[];
    expect(days.totals.transferredOut).toBe(transferred.length);
    expect(transferred.length).toBeGreaterThan(days.totals.served / 60);
    expect(transferred.length).toBeLessThan(days.totals.served / 15);
    for (const t of transferred) {
      expect(t.unit).not.toBe(t.issuedUnit);
      expect(t.servedAt).not.toBe(t.fromWindow);
      // The visitor rates the clerk who served them, not the one who sent them on.
      expect([t.ratedWindow, t.ratedClerk]).toEqual([t.servedAt, t.clerk]);
    }
    // Mondays are busier than Fridays.
    expect(days.rows[0]!.issued).toBeGreaterThan(days.rows[4]!.issued);
    const heat = await get('weekdayHour');
    const at = (key: string) => heat.rows.find((r) => r.key === key)?.issued ?? 0;
    expect(at('1-10')).toBeGreaterThan(at('1-12'));
    expect((await get('unit')).rows.length).toBeGreaterThan(10);
    expect((await get('clerk')).rows.length).toBeGreaterThan(10);

    // 好差评: most visitors rated, a few 差评, each with its case worked through.
    const week = {
      from: Date.parse('2026-11-16T00:00:00+08:00'),
      to: Date.parse('2026-11-21T00:00:00+08:00'),
    };
    const figures = await h.request({
      method: 'GET',
      url: `/api/v1/ratings/figures?from=${week.from}&to=${week.to}`,
      token: supervisor,
    });
    expect(figures.status, JSON.stringify(figures.body)).toBe(200);
    const site = (figures.body as { figures: Record<string, number | null>[] }).figures[0]!;
    expect(site.finished).toBe(days.totals.served);
    expect(site.ratedRate).toBeGreaterThan(0.8);
    expect(site.ratedRate).toBeLessThan(0.9);
    expect(site.bad).toBeGreaterThan(0);
    expect(site.casesOpened).toBeGreaterThan(0);
    // Cases of the week's first days are closed by the Monday after; some were late.
    expect(site.casesClosedOnTime).toBeGreaterThan(0);
    // 电子监察: the long waits and long services of those days raised their
    // alerts, all closed by the call or the service's end, most red ones
    // acknowledged with a note, the rest sent to the admin if still open a
    // quarter of an hour later; the month's scores
    // take their points off the clerks.
    const alerts = await h.request({
      method: 'GET',
      url: `/api/v1/alerts?status=all&from=${week.from}&to=${week.to}`,
      token: supervisor,
    });
    expect(alerts.status, JSON.stringify(alerts.body)).toBe(200);
    type Alert = {
      id: string;
      windowId?: string;
      rule: string;
      level: string;
      key: string;
      openedAt: number;
      closedAt?: number;
      closeReason?: string;
      acknowledgedAt?: number;
      escalatedAt?: number;
      redAt?: number;
      note?: string;
      staffId?: string;
      ticketId: string;
      detail: Record<string, number> & { status?: string };
    };
    const list = (alerts.body as { alerts: Alert[] }).alerts;
    const rules = new Set(list.map((a) => a.rule));
    expect([...rules].sort()).toEqual(['long-wait', 'service-overrun', 'window-absent']);
    const closedBy: Record<string, string[]> = {
      'long-wait': ['visitor-called'],
      'service-overrun': ['service-finished'],
      'window-absent': ['window-resumed', 'window-signed-in'],
    };
    for (const a of list) {
      expect(a.closedAt).toBeGreaterThan(a.openedAt);
      expect(closedBy[a.rule]).toContain(a.closeReason);
      if (a.level === 'yellow') expect(a.acknowledgedAt ?? a.escalatedAt).toBeUndefined();
    }
    // S4: a window paused past 30 minutes (or signed in past 10 minutes
    // late) while people waited for it; its clerk signed in or resumed when
    // the alert closed, and no visitor was called there before.
    const windowEvents = h.app.db
      .prepare(
        `SELECT type, at, json_extract(event, '$.windowId') AS windowId FROM events
         WHERE site_id = 'district' AND type IN ('window.signedIn', 'window.paused',
           'window.resumed', 'window.signedOut', 'ticket.called') ORDER BY at, seq`,
      )
      .all() as { type: string; at: number; windowId: string }[];
    const open = new Map<string, boolean>();
    let calls = 0;
    for (const e of windowEvents) {
      if (e.type === 'ticket.called') {
        expect(open.get(e.windowId), `a call at ${e.windowId} while it was not open`).toBe(true);
        calls++;
      } else open.set(e.windowId, e.type === 'window.signedIn' || e.type === 'window.resumed');
    }
    expect(calls).toBeGreaterThan(5 * 1000);
    const absent = list.filter((a) => a.rule === 'window-absent');
    expect(absent.length).toBeGreaterThan(0);
    const keyOf = h.app.db.prepare(`SELECT key FROM alerts WHERE id = ?`).pluck();
    for (const a of absent) {
      const [, windowId, status, since] = (keyOf.get(a.id) as string).split(':');
      expect([windowId, status]).toEqual([a.windowId, a.detail.status]);
      const limit = status === 'paused' ? 30 : 10;
      expect(a.detail.limitMinutes).toBe(limit);
      expect(a.openedAt - Number(since)).toBeGreaterThanOrEqual(limit * 60_000);
      expect(a.detail.waiting).toBeGreaterThan(0);
      const back = status === 'paused' ? 'window.resumed' : 'window.signedIn';
      expect(a.closeReason).toBe(status === 'paused' ? 'window-resumed' : 'window-signed-in');
      expect(
        windowEvents.some((e) => e.type === back && e.windowId === windowId && e.at === a.closedAt),
      ).toBe(true);
    }
    const reds = list.filter((a) => a.level === 'red');
    expect(reds.some((a) => a.acknowledgedAt !== undefined && a.note)).toBe(true);
    // A red one nobody acknowledged for 15 minutes went to the admin then.
    for (const a of reds) {
      if (a.escalatedAt === undefined) continue;
      expect(a.escalatedAt - a.redAt!).toBe(15 * 60_000);
      expect(a.acknowledgedAt ?? Infinity).toBeGreaterThan(a.escalatedAt);
    }
    // A long wait opens at the limit and closes at that visitor's call.
    const wait = list.find((a) => a.rule === 'long-wait')!;
    const waited = h.app.db
      .prepare(`SELECT issued_at AS issuedAt FROM tickets WHERE id = ?`)
      .get(wait.ticketId) as { issuedAt: number };
    expect(wait.openedAt - waited.issuedAt).toBeGreaterThanOrEqual(
      wait.detail.limitMinutes! * 60_000,
    );
    const scores = await h.request({
      method: 'GET',
      url: '/api/v1/scores?period=2026-11&by=clerk',
      token: supervisor,
    });
    expect(scores.status, JSON.stringify(scores.body)).toBe(200);
    type Deduction = { rule: string; level: string; n?: number; at: number; lastAt?: number };
    type Row = { deductions: (Deduction & { alertId?: string })[] };
    const counted = (rows: Row[], rule: string) =>
      rows
        .flatMap((r) => r.deductions.filter((d) => d.rule === rule))
        .reduce((sum, d) => sum + (d.n ?? 1), 0);
    const db = h.app.db;
    const alertCount = (sql: string) =>
      (
        db
          .prepare(`SELECT COUNT(*) AS n FROM alerts WHERE ${sql} AND opened_at < ?`)
          .get(Date.parse('2026-12-01T00:00:00+08:00')) as { n: number }
      ).n;
    const clerkRows = (scores.body as { rows: Row[] }).rows;
    const overrunAlerts = alertCount(`rule = 'service-overrun' AND staff_id IS NOT NULL`);
    expect(overrunAlerts).toBeGreaterThan(0);
    expect(counted(clerkRows, 'service-overrun')).toBe(overrunAlerts);
    // A unit's week of long waits: one line per level, with the count (core P3).
    const byUnit = await h.request({
      method: 'GET',
      url: '/api/v1/scores?period=2026-11&by=unit',
      token: supervisor,
    });
    const unitRows = (byUnit.body as { rows: Row[] }).rows;
    expect(counted(unitRows, 'long-wait')).toBe(alertCount(`rule = 'long-wait'`));
    for (const row of [...clerkRows, ...unitRows]) {
      const lines = row.deductions.filter((d) => d.alertId !== undefined || d.n !== undefined);
      expect(new Set(lines.map((d) => `${d.rule}|${d.level}`)).size).toBe(lines.length);
      for (const d of lines)
        if (d.n === undefined) expect(d.alertId).toBeDefined();
        else {
          expect(d.n).toBeGreaterThan(1);
          expect(d.alertId).toBeUndefined();
          expect(d.lastAt).toBeGreaterThan(d.at);
        }
    }
    const grouped = unitRows.flatMap((r) => r.deductions).filter((d) => d.rule === 'long-wait');
    expect(Math.max(...grouped.map((d) => d.n ?? 1))).toBeGreaterThan(20);
    // Each group lists its own alerts: GET /alerts of its rule, level and subject in the period.
    const { from, to } = byUnit.body as { from: number; to: number };
    const harness = h;
    const behind = async (d: Deduction, subject: string) => {
      const res = await harness.request({
        method: 'GET',
        url: `/api/v1/alerts?status=all&from=${from}&to=${to}&rule=${d.rule}&level=${d.level}&${subject}`,
        token: supervisor,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body as { alerts: { rule: string; level: string; openedAt: number }[] }).alerts;
    };
    const unitRow = (byUnit.body as { rows: (Row & { key: string })[] }).rows.find((r) =>
      r.deductions.some((d) => (d.n ?? 0) > 1),
    )!;
    const clerkRow = (scores.body as { rows: (Row & { key: string })[] }).rows.find((r) =>
      r.deductions.some((d) => (d.n ?? 0) > 1),
    )!;
    for (const [row, subject] of [
      [unitRow, `unitId=${unitRow.key}`],
      [clerkRow, `staffId=${clerkRow.key}`],
    ] as const) {
      const d = row.deductions.find((x) => (x.n ?? 0) > 1)!;
      const list = await behind(d, subject);
      expect(list.length).toBe(Math.min(d.n!, 1000));
      expect(list.every((a) => a.rule === d.rule && a.level === d.level)).toBe(true);
      expect(list.at(0)!.openedAt).toBe(d.lastAt);
      if (d.n! <= 1000) expect(list.at(-1)!.openedAt).toBe(d.at);
    }

    const cases = await h.request({
      method: 'GET',
      url: '/api/v1/rating-cases?status=closed',
      token: supervisor,
    });
    expect(cases.status, JSON.stringify(cases.body)).toBe(200);
    const closed = (cases.body as { cases: { steps: { kind: string }[] }[] }).cases;
    expect(closed.length).toBeGreaterThan(0);
    expect(closed[0]!.steps.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['followUp', 'rectify', 'review']),
    );
  });
});
