/**
 * Conflicting actions race: two windows on one ticket, a transfer against a
 * call, a pause against a call. Both requests are in flight at once, in an
 * order fast-check chooses; exactly one wins and the loser gets a coded 409,
 * and the hall is left as the winner alone would have left it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startInjectHall, type InjectHall, type Reply } from '../support/reliability-hall';

let hall: InjectHall;
const tokens: Record<number, string> = {};
let supervisor: string;
let shebaoItem: string;
let yibaoUnit: string;
let yibaoItem: string;

beforeAll(async () => {
  hall = await startInjectHall();
  for (const n of [1, 2, 3, 5]) tokens[n] = await hall.signIn(n);
  supervisor = await hall.login('supervisor');
  const items = Object.values(hall.app.hall.catalog.items);
  shebaoItem = items.find((i) => i.unitId === 'shebao')!.id;
  yibaoUnit = 'yibao';
  yibaoItem = items.find((i) => i.unitId === 'yibao')!.id;
});
afterAll(async () => hall?.close());

type Res = Reply;
const tok = (n: number) => tokens[n] as string;

/** Issue one 社保 ticket into an otherwise empty 社保 queue. */
async function issueOne(): Promise<{ id: string; number: string }> {
  const res = await hall.call('POST', '/api/v1/tickets', {
    token: hall.kioskToken,
    body: { itemId: shebaoItem },
  });
  expect(res.status).toBe(201);
  return res.body.ticket!;
}

/** Finish (or no-show) whatever each window holds, and resume paused ones. */
async function settle(): Promise<void> {
  for (const n of [1, 2, 3, 5]) {
    const w = hall.app.hall.state.windows[`w${n}`];
    if (w?.currentTicketId) {
      const r = await hall.call('POST', `/api/v1/tickets/${w.currentTicketId}/finish`, {
        token: tok(n),
        body: {},
      });
      expect(r.status).toBe(200);
    }
    if (w?.status === 'paused') {
      expect(
        (await hall.call('POST', `/api/v1/windows/w${n}/resume`, { token: tok(n) })).status,
      ).toBe(200);
    }
  }
  // Anything still waiting (a transferred ticket) is cancelled by the supervisor
  // (a kiosk may not cancel: only the clerk holding a ticket or the site's supervisor).
  for (const t of Object.values(hall.app.hall.state.tickets)) {
    const cancel = await hall.call('POST', `/api/v1/tickets/${t.id}/cancel`, {
      token: supervisor,
      body: {},
    });
    expect(cancel.status).toBe(200);
  }
  expect(Object.keys(hall.app.hall.state.tickets)).toHaveLength(0);
}

/** Fire both requests concurrently, `first` dispatched first; return them in a fixed order. */
async function race(a: () => Promise<Res>, b: () => Promise<Res>, bFirst: boolean) {
  if (bFirst) {
    const pb = b();
    const pa = a();
    return Promise.all([pa, pb]);
  }
  return Promise.all([a(), b()]);
}

function exactlyOneWins([ra, rb]: Res[], winStatus = 200) {
  const results = [ra as Res, rb as Res];
  const winners = results.filter((r) => r.status === winStatus);
  const losers = results.filter((r) => r.status !== winStatus);
  expect(winners, JSON.stringify(results)).toHaveLength(1);
  expect(losers[0]?.status, JSON.stringify(results)).toBe(409);
  expect(losers[0]?.body?.error?.code).toMatch(/^HALLQ_E_/);
  return { winner: results.indexOf(winners[0] as Res), loser: losers[0] as Res };
}

const eventCount = () =>
  (hall.app.db.prepare(`SELECT COUNT(*) AS n FROM events`).get() as { n: number }).n;

describe('concurrency: conflicting actions, exactly one wins', () => {
  it('选号 at one window against call-next at another, on the only waiting ticket', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), async (callNextFirst) => {
        await settle();
        const t = await issueOne();
        const before = eventCount();
        const [byChoice, byNext] = await race(
          () =>
            hall.call('POST', '/api/v1/windows/w1/call', {
              token: tok(1),
              body: { ticketId: t.id, reason: '老年人优先' },
            }),
          () => hall.call('POST', '/api/v1/windows/w2/call-next', { token: tok(2), body: {} }),
          callNextFirst,
        );
        const { winner } = exactlyOneWins([byChoice as Res, byNext as Res]);
        const holder = winner === 0 ? 'w1' : 'w2';
        const other = winner === 0 ? 'w2' : 'w1';
        expect(hall.app.hall.state.windows[holder]?.currentTicketId).toBe(t.id);
        expect(hall.app.hall.state.windows[other]?.currentTicketId).toBeUndefined();
        expect(hall.app.hall.state.tickets[t.id]?.windowId).toBe(holder);
        // The loser wrote nothing: one ticket.called event only.
        expect(eventCount()).toBe(before + 1);
      }),
      { numRuns: 12 },
    );
  });

  it('two windows 选号 the same ticket', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), async (secondFirst) => {
        await settle();
        const t = await issueOne();
        const choose = (n: number) => () =>
          hall.call('POST', `/api/v1/windows/w${n}/call`, {
            token: tok(n),
            body: { ticketId: t.id, reason: '预约到场' },
          });
        const results = await race(choose(1), choose(3), secondFirst);
        const { winner, loser } = exactlyOneWins(results);
        expect(loser.body.error?.code).toBe('HALLQ_E_INVALID_TRANSITION');
        expect(hall.app.hall.state.tickets[t.id]?.windowId).toBe(winner === 0 ? 'w1' : 'w3');
      }),
      { numRuns: 8 },
    );
  });

  it('a transfer against another window calling the same ticket', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), async (callFirst) => {
        await settle();
        const t = await issueOne();
        expect(
          (
            await hall.call('POST', '/api/v1/windows/w1/call', {
              token: tok(1),
              body: { ticketId: t.id, reason: '测试' },
            })
          ).status,
        ).toBe(200);
        const before = eventCount();
        const results = await race(
          () =>
            hall.call('POST', `/api/v1/tickets/${t.id}/transfer`, {
              token: tok(1),
              // To another unit the matter is named there (core Q16).
              body: { toUnitId: yibaoUnit, toItemId: yibaoItem, position: 'front' },
            }),
          () =>
            hall.call('POST', '/api/v1/windows/w2/call', {
              token: tok(2),
              body: { ticketId: t.id, reason: '抢号' },
            }),
          callFirst,
        );
        const { winner } = exactlyOneWins(results);
        expect(winner).toBe(0);
        const moved = hall.app.hall.state.tickets[t.id];
        expect(moved?.status).toBe('waiting');
        expect(moved?.unitId).toBe(yibaoUnit);
        expect(moved?.number).toBe(t.number);
        expect(hall.app.hall.state.windows.w2?.currentTicketId).toBeUndefined();
        expect(eventCount()).toBe(before + 1);
        // The transferred ticket is called at the front of 医保 by window 5.
        const next = await hall.call('POST', '/api/v1/windows/w5/call-next', {
          token: tok(5),
          body: {},
        });
        expect(next.status).toBe(200);
        expect(next.body.ticket?.id).toBe(t.id);
      }),
      { numRuns: 8 },
    );
  });

  it('a pause against a call-next at the same window', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), async (pauseFirst) => {
        await settle();
        const t = await issueOne();
        const results = await race(
          () => hall.call('POST', '/api/v1/windows/w1/call-next', { token: tok(1), body: {} }),
          () =>
            hall.call('POST', '/api/v1/windows/w1/pause', {
              token: tok(1),
              body: { reason: '临时离开' },
            }),
          pauseFirst,
        );
        const { winner, loser } = exactlyOneWins(results);
        const w1 = hall.app.hall.state.windows.w1;
        if (winner === 0) {
          expect(loser.body.error?.code).toBe('HALLQ_E_WINDOW_BUSY');
          expect(w1?.status).toBe('open');
          expect(w1?.currentTicketId).toBe(t.id);
        } else {
          expect(loser.body.error?.code).toBe('HALLQ_E_WINDOW_PAUSED');
          expect(w1?.status).toBe('paused');
          expect(hall.app.hall.state.tickets[t.id]?.status).toBe('waiting');
        }
      }),
      { numRuns: 10 },
    );
  });

  it('many windows call-next at once on fewer tickets: each ticket goes to one window', async () => {
    await settle();
    const issued = [await issueOne(), await issueOne()];
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        hall.call('POST', `/api/v1/windows/w${n}/call-next`, { token: tok(n), body: {} }),
      ),
    );
    const won = results.filter((r) => r.status === 200).map((r) => r.body.ticket?.id);
    expect(won.sort()).toEqual(issued.map((t) => t.id).sort());
    const lost = results.filter((r) => r.status !== 200);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.status).toBe(409);
    expect(lost[0]?.body.error?.code).toBe('HALLQ_E_QUEUE_EMPTY');
  });
});
