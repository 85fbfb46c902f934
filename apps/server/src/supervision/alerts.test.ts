/**
 * 电子监察 on the real server and a real SQLite file, on the manual clock:
 * alerts open, turn red, go to the admin and close as the hall moves; an
 * acknowledgement is audited and every bad one changes nothing; alerts
 * survive a restart and never open twice for one cause.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { stateDigest } from '../../test/db-digest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { MAX_CHANGES_PER_PASS } from './alert-changes';
import { LONG_WAIT_ONLY, configureSupervision } from '../../test/supervision-fixture';

const MIN = 60_000;

/** The alert events in the log: the site's supervision stream (domain/event-streams.ts). */
const loggedAlertEvents = (hall: TestHall) =>
  hall.app.hall.store
    .eventsSince('district#supervision', 0, 1_000)
    .map((e) => e.event.type)
    .filter((t) => t.startsWith('alert.'));

describe('alerts on the manual clock', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  it('a long wait opens yellow, turns red, goes to the admin, and closes when the visitor is called', async () => {
    hall = await startTestHall();
    await configureSupervision(hall, LONG_WAIT_ONLY);
    const supervisor = await hall.login('supervisor');
    const ticket = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    const open = async () =>
      (await hall!.request({ method: 'GET', url: '/api/v1/alerts', token: supervisor })).body
        .alerts;

    hall.app.supervision.tick();
    hall.clock.advance(10 * MIN - 1);
    expect(hall.app.supervision.tick()).toEqual([]);
    hall.clock.advance(1);
    expect(hall.app.supervision.tick().map((e) => e.type)).toEqual(['alert.opened']);
    const [alert] = await open();
    expect(alert).toMatchObject({
      rule: 'long-wait',
      level: 'yellow',
      siteId: 'district',
      ticketId: ticket.id,
      unitId: 'yibao',
      openedAt: hall.clock.now(),
      detail: { number: ticket.number, itemId: ticket.itemId, waitMinutes: 10, limitMinutes: 10 },
    });
    // The same cause on the next passes: nothing new.
    expect(hall.app.supervision.tick()).toEqual([]);

    hall.clock.advance(10 * MIN);
    expect(hall.app.supervision.tick()).toMatchObject([
      { type: 'alert.escalated', alertId: alert.id, to: 'red' },
    ]);
    const redAt = hall.clock.now();
    expect((await open())[0]).toMatchObject({ id: alert.id, level: 'red', redAt });

    hall.clock.advance(15 * MIN - 1);
    expect(hall.app.supervision.tick()).toEqual([]);
    hall.clock.advance(1);
    expect(hall.app.supervision.tick()).toMatchObject([
      { type: 'alert.escalated', alertId: alert.id, to: 'admin' },
    ]);
    expect((await open())[0]).toMatchObject({ escalatedAt: hall.clock.now() });
    expect(hall.app.supervision.tick()).toEqual([]);

    const clerk = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    expect(hall.app.supervision.tick()).toMatchObject([
      { type: 'alert.closed', alertId: alert.id, reason: 'visitor-called' },
    ]);
    expect(await open()).toEqual([]);
    const all = await hall.request({
      method: 'GET',
      url: '/api/v1/alerts?status=all',
      token: supervisor,
    });
    expect(all.body.alerts).toMatchObject([
      { id: alert.id, closedAt: hall.clock.now(), closeReason: 'visitor-called' },
    ]);
    expect(loggedAlertEvents(hall)).toEqual([
      'alert.opened',
      'alert.escalated',
      'alert.escalated',
      'alert.closed',
    ]);
  });

  it('acknowledgement: audited, and an unknown alert, a missing note or a second one change nothing', async () => {
    hall = await startTestHall();
    await configureSupervision(hall, LONG_WAIT_ONLY);
    const supervisor = await hall.login('supervisor');
    await hall.issue(hall.itemOf('yibao'));
    hall.clock.advance(10 * MIN);
    hall.app.supervision.tick();
    const [alert] = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 9 });
    const ack = (id: string, body: unknown) =>
      hall!.request({ method: 'POST', url: `/api/v1/alerts/${id}/ack`, token: supervisor, body });
    const board = async () =>
      (await hall!.request({ method: 'GET', url: '/api/v1/alerts', token: supervisor })).body
        .alerts;
    // The board's list, read (and kept) before the acknowledgement.
    expect(await board()).toEqual([expect.not.objectContaining({ note: expect.anything() })]);

    let before = stateDigest(hall.app.db);
    for (const [id, body, status, code] of [
      ['no-such-alert', { note: '已处理' }, 404, 'HALLQ_E_ALERT_NOT_FOUND'],
      [alert!.id, { note: '   ' }, 400, 'HALLQ_E_NOTE_REQUIRED'],
      [alert!.id, {}, 400, 'HALLQ_E_NOTE_REQUIRED'],
      [alert!.id, { note: 'x', extra: 1 }, 400, 'HALLQ_E_VALIDATION'],
    ] as const) {
      const res = await ack(id, body);
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
    }
    expect(stateDigest(hall.app.db)).toBe(before);

    const done = await ack(alert!.id, { note: ' 已安排5号窗口优先呼叫 ' });
    expect(done.status).toBe(200);
    expect(done.body.alert).toMatchObject({
      id: alert!.id,
      acknowledgedAt: hall.clock.now(),
      acknowledgedBy: { name: '效能监察员' },
      note: '已安排5号窗口优先呼叫',
    });
    // The board's next read has it: the kept list moved on with the event.
    expect(await board()).toMatchObject([{ id: alert!.id, note: '已安排5号窗口优先呼叫' }]);
    const audit = await hall.request({ method: 'GET', url: '/api/v1/audit', token: supervisor });
    expect(audit.body.entries[0]).toMatchObject({
      action: 'alert.acknowledged',
      target: `alert:${alert!.id}`,
      actor: { name: '效能监察员' },
      after: { note: '已安排5号窗口优先呼叫' },
    });
    // The engine's own events are in the log, not in the audit.
    expect(audit.body.entries.some((e: { action: string }) => e.action === 'alert.opened')).toBe(
      false,
    );

    before = stateDigest(hall.app.db);
    const again = await ack(alert!.id, { note: '再次确认' });
    expect([again.status, again.body.error?.code]).toEqual([409, 'HALLQ_E_ALERT_ACKNOWLEDGED']);
    expect(stateDigest(hall.app.db)).toBe(before);

    // Acknowledged: it still turns red, but never goes to the admin.
    hall.clock.advance(60 * MIN);
    expect(hall.app.supervision.tick()).toMatchObject([{ type: 'alert.escalated', to: 'red' }]);
    hall.clock.advance(60 * MIN);
    expect(hall.app.supervision.tick()).toEqual([]);
  });

  it('a long list comes in pages: each `next` leads on, none is listed twice or left out, alerts of one moment too', async () => {
    hall = await startTestHall();
    await configureSupervision(hall, LONG_WAIT_ONLY);
    const supervisor = await hall.login('supervisor');
    // Five waits past the limit open in one pass (one moment), two more a minute later.
    for (let i = 0; i < 5; i++) await hall.issue(hall.itemOf('yibao'));
    hall.clock.advance(10 * MIN);
    hall.app.supervision.tick();
    for (let i = 0; i < 2; i++) await hall.issue(hall.itemOf('shebao'));
    hall.clock.advance(10 * MIN);
    hall.app.supervision.tick();
    const get = async (query: string) =>
      hall!.request({ method: 'GET', url: `/api/v1/alerts?${query}`, token: supervisor });
    for (const filter of ['status=open', 'status=all&rule=long-wait']) {
      const whole = (await get(filter)).body;
      expect(whole.alerts).toHaveLength(7);
      expect(whole.next).toBeUndefined();
      const paged: { id: string }[] = [];
      let next: string | undefined;
      let pages = 0;
      do {
        const page = (await get(`${filter}&limit=2${next ? `&after=${next}` : ''}`)).body;
        expect(page.alerts.length).toBeLessThanOrEqual(2);
        paged.push(...page.alerts);
        next = page.next;
        pages++;
      } while (next !== undefined);
      expect(pages).toBe(4);
      expect(paged.map((a) => a.id)).toEqual(whole.alerts.map((a: { id: string }) => a.id));
    }
    for (const bad of ['limit=0', 'limit=1001', 'after=yesterday', 'after=12_']) {
      const res = await get(`status=all&${bad}`);
      expect([res.status, res.body.error?.code], bad).toEqual([400, 'HALLQ_E_VALIDATION']);
    }
  });

  it('alerts survive a restart and never open twice for one cause', async () => {
    hall = await startTestHall();
    await configureSupervision(hall, { ...LONG_WAIT_ONLY, idleMinutes: 5 });
    const clerk = await hall.login('w05', 'w5');
    await hall.issue(hall.itemOf('yibao'));
    await hall.issue(hall.itemOf('yibao'));
    const signedInAt = hall.clock.now();
    hall.clock.advance(10 * MIN);
    const opened = hall.app.supervision.tick();
    expect(opened.map((e) => e.type)).toEqual(['alert.opened', 'alert.opened', 'alert.opened']);
    const ids = hall.app.supervision
      .list({ siteIds: ['district'], status: 'open', limit: 9 })
      .map((a) => a.id)
      .sort();

    await hall.restart();
    expect(hall.app.supervision.tick()).toEqual([]);
    const after = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 9 });
    expect(after.map((a) => a.id).sort()).toEqual(ids);
    // The idle window's spell was read back from the log: the same cause.
    expect(after.find((a) => a.rule === 'window-idle')).toMatchObject({
      windowId: 'w5',
      detail: { idleMinutes: 10 },
    });
    expect(hall.app.db.prepare(`SELECT key FROM alerts WHERE rule = 'window-idle'`).all()).toEqual([
      { key: `window-idle:w5:${signedInAt}` },
    ]);
    // The table itself refuses a second open alert for a cause.
    expect(() =>
      hall!.app.db
        .prepare(
          `INSERT INTO alerts (id, site_id, key, rule, level, detail, opened_at)
           SELECT 'dup', site_id, key, rule, level, detail, opened_at FROM alerts LIMIT 1`,
        )
        .run(),
    ).toThrow(/UNIQUE/);

    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    const closed = hall.app.supervision.tick();
    expect(closed).toMatchObject([
      { type: 'alert.closed', reason: 'visitor-called' },
      { type: 'alert.closed', reason: 'visitor-called' },
    ]);
  });

  it('a burst of alerts is written over several short passes, none twice', async () => {
    hall = await startTestHall();
    await configureSupervision(hall, LONG_WAIT_ONLY);
    const item = hall.itemOf('yibao');
    for (let i = 0; i < MAX_CHANGES_PER_PASS + 50; i++) {
      hall.app.hall.execute({
        type: 'issueTicket',
        ticketId: `burst${i}`,
        itemId: item,
        priority: 'normal',
        at: hall.clock.now(),
      });
    }
    hall.clock.advance(10 * MIN);
    expect(hall.app.supervision.tick()).toHaveLength(MAX_CHANGES_PER_PASS);
    expect(hall.app.supervision.more).toBe(true);
    expect(hall.app.supervision.tick()).toHaveLength(50);
    expect(hall.app.supervision.more).toBe(false);
    expect(hall.app.supervision.tick()).toEqual([]);
    const open = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 999 });
    expect(new Set(open.map((a) => a.ticketId)).size).toBe(MAX_CHANGES_PER_PASS + 50);
  });
});
