/**
 * After any sequence of commands, a restart rebuilds exactly the hall that
 * was running: the state the server rebuilds from its projections equals the
 * state it held in memory. Random command sequences (fast-check) over the
 * real HTTP routes, across day closes; every reply must be a 2xx or a coded
 * 4xx.
 *
 * The hall view (what screens show) is held to the one-reducer rule: the view
 * the server kept by folding its events, the fold of @hallq/hall-view over
 * the logged events from the first view, and the view rebuilt from the model
 * after a restart are all equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldHallEvents } from '@hallq/hall-view';
import { DEMO_SITE_ID } from '../demo/dataset';
import { startTestHall, type TestHall } from '../../test/test-hall';

const WINDOWS = [
  ['w01', 'w1'],
  ['w02', 'w2'],
  ['w05', 'w5'],
  ['w06', 'w6'],
  ['w11', 'w11'],
  ['w24', 'w24'],
] as const;
const UNITS = ['yibao', 'shebao', 'gongan', 'jiaoyu'] as const;

type Op =
  | { op: 'issue'; unit: number; priority: boolean }
  | { op: 'login'; window: number }
  | { op: 'callNext'; window: number }
  | { op: 'act'; window: number; action: 'recall' | 'start' | 'finish' | 'no-show' }
  | { op: 'transfer'; window: number; unit: number; front: boolean }
  | { op: 'pause'; window: number }
  | { op: 'resume'; window: number }
  | { op: 'cancel'; nth: number }
  | { op: 'wait'; minutes: number }
  | { op: 'nextDay' };

const w = fc.nat({ max: WINDOWS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('issue' as const),
      unit: fc.nat({ max: UNITS.length - 1 }),
      priority: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('login' as const), window: w }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('callNext' as const), window: w }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('act' as const),
      window: w,
      action: fc.constantFrom(
        'recall' as const,
        'start' as const,
        'finish' as const,
        'no-show' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('transfer' as const),
      window: w,
      unit: fc.nat({ max: UNITS.length - 1 }),
      front: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('pause' as const), window: w }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('resume' as const), window: w }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('cancel' as const), nth: fc.nat({ max: 5 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('wait' as const), minutes: fc.nat({ max: 20 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nextDay' as const) }) },
);

/** Everything a screen or a clerk can see of the hall. */
async function observe(hall: TestHall, tokens: Map<string, string>, ticketIds: string[]) {
  const queues = await hall.request({ method: 'GET', url: '/api/v1/queues' });
  const tickets = [];
  for (const id of ticketIds)
    tickets.push((await hall.request({ method: 'GET', url: `/api/v1/tickets/${id}` })).body);
  const windowQueues: Record<string, unknown> = {};
  for (const [windowId, token] of tokens) {
    windowQueues[windowId] = (
      await hall.request({ method: 'GET', url: `/api/v1/windows/${windowId}/queue`, token })
    ).body;
  }
  return { queues: queues.body, tickets, windowQueues, state: hall.app.hall.state };
}

async function run(hall: TestHall, ops: Op[]) {
  const tokens = new Map<string, string>();
  const ticketIds: string[] = [];
  let supervisor: string | undefined;
  const check = (status: number, what: string, body: unknown) => {
    expect(status < 500, `${what}: ${status} ${JSON.stringify(body)}`).toBe(true);
    if (status >= 400)
      expect((body as { error?: { code?: string } }).error?.code, what).toMatch(/^HALLQ_E_/);
  };
  const post = async (url: string, token: string | undefined, body?: unknown) => {
    const res = await hall.request({ method: 'POST', url: `/api/v1${url}`, token, body });
    check(res.status, url, res.body);
    return res;
  };
  for (const o of ops) {
    const win = 'window' in o ? WINDOWS[o.window] : undefined;
    const token = win ? tokens.get(win[1]) : undefined;
    const current = win ? hall.app.hall.state.windows[win[1]]?.currentTicketId : undefined;
    switch (o.op) {
      case 'issue': {
        const res = await hall.issue(
          hall.itemOf(UNITS[o.unit] as string),
          o.priority ? { priority: 'priority' } : {},
        );
        check(res.status, 'issue', res.body);
        if (res.status === 201) ticketIds.push(res.body.ticket.id);
        break;
      }
      case 'login':
        if (win && !tokens.has(win[1])) tokens.set(win[1], await hall.login(win[0], win[1]));
        break;
      case 'callNext':
        if (win && token) await post(`/windows/${win[1]}/call-next`, token);
        break;
      case 'act':
        if (token && current) await post(`/tickets/${current}/${o.action}`, token);
        break;
      case 'transfer':
        if (token && current)
          await post(`/tickets/${current}/transfer`, token, {
            toUnitId: UNITS[o.unit],
            // To another unit the matter is named there (core Q16), with a note now and then.
            toItemId: hall.itemOf(UNITS[o.unit] as string),
            ...(o.front ? { note: '需到该部门办理' } : {}),
            position: o.front ? 'front' : 'back',
          });
        break;
      case 'pause':
        if (win && token)
          await post(`/windows/${win[1]}/pause`, token, { reason: '临时离开', until: '14:30' });
        break;
      case 'resume':
        if (win && token) await post(`/windows/${win[1]}/resume`, token, {});
        break;
      case 'cancel': {
        // The supervisor cancels any active ticket, waiting or held at a window.
        const active = ticketIds.filter((id) => hall.app.hall.state.tickets[id] !== undefined);
        const id = active[o.nth % Math.max(1, active.length)];
        supervisor ??= await hall.login('supervisor');
        if (id) await post(`/tickets/${id}/cancel`, supervisor, {});
        break;
      }
      case 'wait':
        hall.clock.advance(o.minutes * 60_000);
        break;
      case 'nextDay':
        // The next morning: the day closes, every window is signed out (Q2).
        hall.clock.advance(24 * 3_600_000);
        await hall.app.closeElapsedDays();
        tokens.clear();
        supervisor = undefined;
        break;
    }
  }
  return { tokens, ticketIds };
}

describe('restart equivalence', () => {
  it(
    'a restart after any sequence of commands rebuilds the same hall',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 10, maxLength: 60 }), async (ops) => {
          const hall = await startTestHall();
          try {
            const first = hall.app.hall.snapshot(DEMO_SITE_ID);
            const { tokens, ticketIds } = await run(hall, ops);
            const before = await observe(hall, tokens, ticketIds);
            // The server's view is the fold of the one reducer over its log.
            const logged = hall.app.hall.eventsSince(DEMO_SITE_ID, first.seq);
            expect(logged).toBeDefined();
            const folded = foldHallEvents(first, logged ?? []);
            expect({ ...folded, at: 0 }).toEqual({ ...before.queues, at: 0 });
            // No ticket is held by two windows, and a held ticket names its window.
            const held = before.queues.windows
              .filter((x: { current?: unknown }) => x.current)
              .map((x: { id: string; current: { id: string; status: string } }) => {
                expect(hall.app.hall.state.tickets[x.current.id]?.windowId).toBe(x.id);
                expect(['called', 'serving']).toContain(x.current.status);
                return x.current.id;
              });
            expect(new Set(held).size).toBe(held.length);
            await hall.restart();
            const after = await observe(hall, tokens, ticketIds);
            expect(after.queues).toEqual(before.queues);
            expect(after.tickets).toEqual(before.tickets);
            expect(after.windowQueues).toEqual(before.windowQueues);
            expect(after.state).toEqual(before.state);
          } finally {
            await hall.close();
          }
        }),
        { numRuns: 8 },
      );
    },
  );
});
