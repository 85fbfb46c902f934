/**
 * 34 clerks press 叫号 at the same instant over real HTTP: no ticket may be
 * called twice, no window may hold two tickets, and in the end every ticket
 * is called exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

interface Press {
  windowId: string;
  status: number;
  ticketId?: string;
  code?: string;
}

describe('34 windows press call-next at the same instant', () => {
  let hall: TestHall;
  let url: string;
  const tokens = new Map<string, string>();
  const issued: string[] = [];

  beforeAll(async () => {
    hall = await startTestHall();
    url = await hall.listen();
    // The district hall's windows (the townships' have their own clerks and queues).
    const windows = Object.values(hall.app.hall.catalog.windows)
      .filter((w) => w.siteId === 'district')
      .sort((a, b) => a.number - b.number);
    expect(windows).toHaveLength(34);
    for (const w of windows) {
      tokens.set(w.id, await hall.login(`w${String(w.number).padStart(2, '0')}`, w.id));
    }
    // Fewer tickets than windows for some units (contention), more for others.
    const plan: Record<string, number> = {
      yibao: 2, // 4 windows
      shebao: 6, // 4 windows
      ggzy: 1, // 3 windows
      gongan: 3,
      weiji: 1,
      jiaoyu: 2, // comprehensive window 24 on Monday
      zhifa: 1, // comprehensive window 25 on Monday
    };
    for (const [unitId, n] of Object.entries(plan)) {
      for (let i = 0; i < n; i++) {
        const res = await hall.issue(hall.itemOf(unitId), i === 1 ? { priority: 'priority' } : {});
        expect(res.status).toBe(201);
        issued.push(res.body.ticket.id);
      }
    }
  });
  afterAll(() => hall.close());

  /** Every signed-in window presses the button at once, over its own HTTP request. */
  const pressAll = (): Promise<Press[]> =>
    Promise.all(
      [...tokens].map(async ([windowId, token]) => {
        const res = await fetch(`${url}/api/v1/windows/${windowId}/call-next`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
        const body = (await res.json()) as { ticket?: { id: string }; error?: { code: string } };
        return { windowId, status: res.status, ticketId: body.ticket?.id, code: body.error?.code };
      }),
    );

  const calledCounts = () =>
    new Map(
      (
        hall.app.db
          .prepare(
            `SELECT json_extract(event, '$.ticketId') AS id, COUNT(*) AS n FROM events
             WHERE type = 'ticket.called' GROUP BY id`,
          )
          .all() as { id: string; n: number }[]
      ).map((r) => [r.id, r.n]),
    );

  it('each ticket goes to one window only, no window holds two, nothing fails', async () => {
    const presses = await pressAll();
    expect(presses.filter((p) => p.status >= 500)).toEqual([]);
    const winners = presses.filter((p) => p.status === 200);
    const ids = winners.map((p) => p.ticketId);
    expect(new Set(ids).size).toBe(ids.length);
    // yibao 2 + shebao 4 + ggzy 1 + gongan 1 + weiji 1 + jiaoyu 1 + zhifa 1
    expect(winners).toHaveLength(11);
    for (const p of presses.filter((x) => x.status !== 200)) {
      expect(p.status).toBe(409);
      expect(p.code).toBe('HALLQ_E_QUEUE_EMPTY');
    }
    for (const [id, n] of calledCounts()) expect(n, `ticket ${id}`).toBe(1);
    const held = hall.app.db
      .prepare(
        `SELECT window_id AS w, COUNT(*) AS n FROM tickets WHERE status = 'called' GROUP BY window_id`,
      )
      .all() as { w: string; n: number }[];
    expect(held.every((r) => r.n === 1)).toBe(true);
    expect(new Set(held.map((r) => r.w))).toEqual(new Set(winners.map((p) => p.windowId)));
  });

  it('pressing again while holding a ticket calls nothing new', async () => {
    const presses = await pressAll();
    expect(presses.filter((p) => p.status === 200)).toEqual([]);
    expect(presses.every((p) => p.status === 409)).toBe(true);
    expect([...calledCounts().values()].every((n) => n === 1)).toBe(true);
  });

  it('finishing and pressing together, round after round, calls every ticket exactly once', async () => {
    for (let round = 0; round < 10; round++) {
      const holding = Object.values(hall.app.hall.state.windows).filter((w) => w.currentTicketId);
      await Promise.all(
        holding.map((w) =>
          fetch(`${url}/api/v1/tickets/${w.currentTicketId}/finish`, {
            method: 'POST',
            headers: { authorization: `Bearer ${tokens.get(w.id)}` },
          }).then((r) => expect(r.status).toBe(200)),
        ),
      );
      const presses = await pressAll();
      expect(presses.filter((p) => p.status >= 500)).toEqual([]);
      if (presses.every((p) => p.status === 409)) break;
    }
    const counts = calledCounts();
    expect(counts.size).toBe(issued.length);
    for (const id of issued) expect(counts.get(id), id).toBe(1);
  });
});

describe('kiosks issue at the same instant', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  it('40 concurrent issues over HTTP get 40 distinct numbers A001…A040', async () => {
    const url = await hall.listen();
    const kiosk = hall.device('kiosk');
    const item = hall.itemOf('yibao');
    const replies = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${url}/api/v1/tickets`, {
          method: 'POST',
          headers: { authorization: `Bearer ${kiosk}`, 'content-type': 'application/json' },
          body: JSON.stringify({ itemId: item }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { ticket: { number: string } },
        })),
      ),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const numbers = replies.map((r) => r.body.ticket.number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 40 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`),
    );
  });
});
