// @vitest-environment happy-dom
/**
 * The clerk's screen reads its window, queue and figures from the server and
 * reads them again when a hall event says so: no timer is involved. The feed
 * is scripted (useHallFeed is replaced); the REST answers come from a fake
 * server whose replies the test releases.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError, type HallqApi } from '@hallq/client';
import type * as ClientReact from '@hallq/client/react';
import type { FeedStatus } from '@hallq/client';
import {
  QUEUE_PANEL_ROWS,
  type CatalogReply,
  type StaffView,
  type TicketView,
  type WindowQueueReply,
  type WindowReply,
  type WireEvent,
} from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import { createQueryClient } from './query-client';
import { Workbench } from './workbench';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const feed = vi.hoisted(() => ({
  onEvent: undefined as ((e: WireEvent) => void) | undefined,
  status: 'live' as FeedStatus,
}));
vi.mock('@hallq/client/react', async (importOriginal) => ({
  ...(await importOriginal<typeof ClientReact>()),
  useHallFeed: (_options: unknown, onEvent: (e: WireEvent) => void) => {
    feed.onEvent = onEvent;
    return {
      status: feed.status,
      snapshot: undefined,
      seq: 0,
      offlineSince: undefined,
      feed: undefined,
    };
  },
}));

const NOW = Date.now();
const ticket = (number: string, extra: Partial<TicketView> = {}): TicketView => ({
  id: `t-${number}`,
  number,
  status: 'waiting',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB001',
  priority: 'normal',
  businessDay: '2025-03-03',
  issuedAt: NOW,
  ahead: 0,
  estimatedWaitMs: 0,
  recallCount: 0,
  transferCount: 0,
  front: false,
  ...extra,
});

const catalog: CatalogReply = {
  sites: [{ id: 'district', name: '区政务服务中心', level: 'district', timeZone: 'Asia/Shanghai' }],
  units: [
    {
      id: 'yibao',
      siteId: 'district',
      name: '医疗保障局',
      shortName: '医保',
      ticketPrefix: 'A',
      kind: 'permanent',
      servedToday: true,
      servedWeekdays: [1, 2, 3, 4, 5],
    },
  ],
  items: [
    {
      id: 'YB001',
      unitId: 'yibao',
      code: 'YB001',
      name: '医保参保登记',
      category: '医保',
      promisedDays: 0,
      onTheSpot: true,
      expectedServiceMinutes: 10,
    },
  ],
  windows: [
    {
      id: 'w5',
      siteId: 'district',
      number: 5,
      name: '5号窗口',
      zone: 'A',
      kind: 'permanent',
      unitIds: ['yibao'],
      todayUnitIds: ['yibao'],
    },
  ],
  hall: {
    name: '区政务服务中心',
    timeZone: 'Asia/Shanghai',
    businessDay: '2025-03-03',
    weekday: 1,
    waitLimitMinutes: 0,
    voice: { template: '请{number}号到{window}号窗口办理', one: 'yao', repeat: 1 },
  },
};

const staff: StaffView = {
  id: 's5',
  username: 'w05',
  name: '王芳',
  staffNo: '005',
  role: 'clerk',
  siteId: 'district',
  windowIds: ['w5'],
  windowId: 'w5',
};

/** The server as the fake api sees it; `hold` makes the next read of a route wait for the test. */
/** As the server answers: the first `limit` in call order, and the whole queue in figures. */
function queueReply(queue: readonly TicketView[], limit?: number): WindowQueueReply {
  const count = (key: (t: TicketView) => string) => {
    const m = new Map<string, number>();
    for (const t of queue) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
    return [...m].map(([id, n]) => ({ id, count: n }));
  };
  const oldest = [...queue].sort((a, b) => a.issuedAt - b.issuedAt)[0];
  return {
    tickets: queue.slice(0, limit ?? queue.length),
    summary: {
      total: queue.length,
      priority: queue.filter((t) => t.priority === 'priority').length,
      transferred: queue.filter((t) => t.transferCount > 0).length,
      byUnit: count((t) => t.unitId),
      byItem: count((t) => t.itemId),
      issuedAts: queue.map((t) => t.issuedAt).sort((a, b) => a - b),
      ...(oldest
        ? { oldest: { ticketId: oldest.id, number: oldest.number, issuedAt: oldest.issuedAt } }
        : {}),
    },
  };
}

function fakeServer() {
  const state = {
    window: {
      id: 'w5',
      number: 5,
      name: '5号窗口',
      status: 'open',
      staff: { id: 's5', name: '王芳', staffNo: '005' },
      todayUnitIds: ['yibao'],
    } as WindowReply['window'],
    queue: [] as TicketView[],
    fail: undefined as unknown,
    sessionEnded: false,
  };
  const held = new Map<string, (answer?: unknown) => void>();
  const read = <T,>(route: string, answer: () => T): Promise<T> => {
    if (state.fail) return Promise.reject(state.fail);
    const now = answer();
    if (!held.has(route)) return Promise.resolve(now);
    // A slow read: it answers with what the server held when it was asked.
    return new Promise<T>((resolve) => held.set(route, () => resolve(now)));
  };
  const api = {
    window: vi.fn(() => read('window', () => ({ window: structuredClone(state.window) }))),
    windowQueue: vi.fn((_windowId: string, limit?: number) =>
      read('queue', () => queueReply(state.queue, limit)),
    ),
    windowStats: vi.fn(() => read('stats', () => ({ served: 0, avgServiceMs: 0, avgWaitMs: 0 }))),
    // 全程代办: the 代办 tab's list (none here).
    proxyTickets: vi.fn(async () => ({ tickets: [] })),
    me: vi.fn(async () => {
      if (state.sessionEnded)
        throw new ApiError(401, 'HALLQ_E_UNAUTHORIZED', '请重新登录', 'Sign in again');
      return { kind: 'staff', staff };
    }),
    noShow: vi.fn(async (id: string) => {
      const held = state.window.current;
      const { current: _gone, ...rest } = state.window;
      state.window = rest;
      return { ticket: { ...(held ?? ticket(id)), status: 'noShow' as const } };
    }),
    callTicket: vi.fn(async () => ({ ticket: ticket('A009', { status: 'called' }) })),
    callNext: vi.fn(async () => {
      const next = state.queue.shift();
      if (!next) throw new Error('empty');
      const called = { ...next, status: 'called' as const, windowId: 'w5', calledAt: NOW };
      state.window = { ...state.window, current: called };
      return { ticket: called };
    }),
  };
  return {
    state,
    api: api as unknown as HallqApi,
    calls: api,
    /** The next read of `route` waits until `release(route)`. */
    hold: (route: string) => held.set(route, () => undefined),
    release: (route: string) => {
      const r = held.get(route);
      held.delete(route);
      r?.();
    },
  };
}

let host: HTMLDivElement;
let root: Root;
let client: QueryClient;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  client = createQueryClient();
  feed.onEvent = undefined;
  feed.status = 'live';
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  client.clear();
});

const render = (
  server: ReturnType<typeof fakeServer>,
  onExit = vi.fn(),
  hall: CatalogReply['hall'] = catalog.hall,
) => {
  act(() =>
    root.render(
      <QueryClientProvider client={client}>
        <I18nProvider dict={dict}>
          <Workbench
            api={server.api}
            serverUrl=""
            token="session-1"
            catalog={{ ...catalog, hall }}
            staff={staff}
            windowId="w5"
            onExit={onExit}
          />
        </I18nProvider>
      </QueryClientProvider>,
    ),
  );
  return onExit;
};

/** Let promises and TanStack Query's zero-delay notifications run: no waiting on a clock. */
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
};

const queueNumbers = () =>
  [...host.querySelectorAll('tr[data-ticket]')].map((r) => r.getAttribute('data-ticket'));
const currentNumber = () => host.querySelector('[data-testid="current-number"]')?.textContent;
const emit = (e: WireEvent) => act(() => feed.onEvent?.(e));
/** Built loosely: the caller relies only on an event's name, window id and ticket id. */
const ev = (name: WireEvent['name'], payload: Record<string, unknown>) =>
  ({ name, payload: { seq: 1, siteId: 'district', at: NOW, ...payload } }) as unknown as WireEvent;
const issued = (t: TicketView) => ev('ticket.issued', { ticket: t });

describe('the caller reads again when the feed says so', () => {
  it('shows a ticket issued into its unit as soon as the ticket.issued event arrives', async () => {
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    render(server);
    await settle();
    expect(queueNumbers()).toEqual(['A001']);

    // Issued on the server: not on this screen until an event says so (nothing polls).
    server.state.queue.push(ticket('A002'));
    await settle();
    expect(queueNumbers()).toEqual(['A001']);

    emit(issued(ticket('A002')));
    await settle();
    expect(queueNumbers()).toEqual(['A001', 'A002']);
  });

  it('lists the next visitors only, and says how many more wait after them', async () => {
    const server = fakeServer();
    server.state.queue = Array.from({ length: QUEUE_PANEL_ROWS + 12 }, (_, k) =>
      ticket(`A${String(k + 1).padStart(3, '0')}`),
    );
    render(server);
    await settle();
    expect(server.calls.windowQueue).toHaveBeenCalledWith('w5', QUEUE_PANEL_ROWS);
    expect(queueNumbers()).toHaveLength(QUEUE_PANEL_ROWS);
    expect(queueNumbers()[0]).toBe('A001');
    expect(host.querySelector('[data-testid="queue-count"]')?.textContent).toBe(
      `等候 ${QUEUE_PANEL_ROWS + 12} 人`,
    );
    expect(host.querySelector('[data-testid="queue-more"]')?.textContent).toContain('还有 12 人');
  });

  it('does not read again for a ticket issued to another unit', async () => {
    const server = fakeServer();
    render(server);
    await settle();
    const reads = server.calls.windowQueue.mock.calls.length;
    emit(issued(ticket('B001', { unitId: 'shebao' })));
    await settle();
    expect(server.calls.windowQueue.mock.calls.length).toBe(reads);
  });

  it('reads once for a burst of events (a resync hands over many at once)', async () => {
    const server = fakeServer();
    render(server);
    await settle();
    const reads = server.calls.windowQueue.mock.calls.length;
    act(() => {
      for (const n of ['A001', 'A002', 'A003']) feed.onEvent?.(issued(ticket(n)));
    });
    await settle();
    expect(server.calls.windowQueue.mock.calls.length).toBe(reads + 1);
  });
});

describe('what the clerk sees stays the newest answer', () => {
  it('shows the called ticket at once, and a slow read asked before the call never brings the old window back', async () => {
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    render(server);
    await settle();
    expect(currentNumber()).not.toBe('A001');

    // A read of the window is asked (an event at this window) and answers slowly.
    server.hold('window');
    emit(ev('window.resumed', { window: { id: 'w5', number: 5, name: '5号窗口' } }));
    await settle();

    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F1' }));
    });
    await settle();
    expect(currentNumber()).toBe('A001');

    // The slow read answers with the window as it was before the call.
    server.release('window');
    await settle();
    expect(currentNumber()).toBe('A001');
  });

  it('keeps the last answer on screen when the server cannot be reached', async () => {
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    render(server);
    await settle();
    server.state.fail = new NetworkError();
    emit(issued(ticket('A002')));
    await settle();
    expect(server.calls.windowQueue.mock.calls.length).toBeGreaterThan(1);
    expect(queueNumbers()).toEqual(['A001']);
  });

  it('returns to the sign-in when the session is refused (401)', async () => {
    const server = fakeServer();
    const onExit = render(server);
    await settle();
    expect(onExit).not.toHaveBeenCalled();
    server.state.fail = new ApiError(401, 'HALLQ_E_UNAUTHORIZED', '请重新登录', 'Sign in again');
    emit(issued(ticket('A002')));
    await settle();
    expect(onExit).toHaveBeenCalledWith('sessionExpired');
  });

  it.each([
    ['its session ended', true, 'sessionExpired'],
    ['someone closed it elsewhere', false, 'windowClosedElsewhere'],
  ])('leaves with the right sentence when the window closes because %s', async (_, ended, why) => {
    const server = fakeServer();
    const onExit = render(server);
    await settle();
    server.state.window = { ...server.state.window, status: 'signedOut' };
    delete server.state.window.staff;
    server.state.sessionEnded = ended;
    emit(ev('window.signedOut', { window: { id: 'w5', number: 5, name: '5号窗口' } }));
    await settle();
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(onExit).toHaveBeenCalledWith(why);
  });
});

const press = (key: string) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
  });
const notice = () => host.querySelector('[data-testid="notice"]')?.textContent;
const confirmShown = () => host.querySelector('[data-testid="no-show-confirm"]') !== null;

describe('keys that cannot act, and a safe 过号', () => {
  it('while paused, F1 and F8 call nobody: the screen says to resume first', async () => {
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    server.state.window = { ...server.state.window, status: 'paused', pauseReason: '午休' };
    render(server);
    await settle();
    press('F1');
    press('F8');
    await settle();
    expect(server.calls.callNext).not.toHaveBeenCalled();
    expect(host.querySelector('[role="dialog"]')).toBeNull();
    expect(notice()).toBe('窗口暂停中，请先按 F7 恢复服务');
    const f1 = host.querySelector<HTMLButtonElement>('[data-action="callNext"]');
    expect(f1?.disabled).toBe(true);
  });

  it('过号 of a ticket never recalled asks first: Escape keeps it, Enter passes it', async () => {
    const server = fakeServer();
    server.state.window = { ...server.state.window, current: ticket('A001', { status: 'called' }) };
    render(server);
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(true);
    expect(server.calls.noShow).not.toHaveBeenCalled();
    act(() => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
    });
    await settle();
    expect(confirmShown()).toBe(false);
    expect(server.calls.noShow).not.toHaveBeenCalled();
    press('F5');
    await settle();
    act(() => host.querySelector<HTMLButtonElement>('.modal button[type="submit"]')?.click());
    await settle();
    expect(server.calls.noShow).toHaveBeenCalledTimes(1);
  });

  it('过号 of a ticket recalled once (the default N = 1) does not ask', async () => {
    const server = fakeServer();
    server.state.window = {
      ...server.state.window,
      current: ticket('A001', { status: 'called', recallCount: 1 }),
    };
    render(server);
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(false);
    expect(server.calls.noShow).toHaveBeenCalledTimes(1);
  });

  it('the site settings decide: N = 2 asks after one recall; confirmation off never asks', async () => {
    const server = fakeServer();
    server.state.window = {
      ...server.state.window,
      current: ticket('A001', { status: 'called', recallCount: 1 }),
    };
    render(server, vi.fn(), { ...catalog.hall, noShow: { confirm: true, unlessRecalls: 2 } });
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(true);
    act(() => root.unmount());
    root = createRoot(host);
    render(server, vi.fn(), { ...catalog.hall, noShow: { confirm: false, unlessRecalls: 2 } });
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(false);
    expect(server.calls.noShow).toHaveBeenCalledTimes(1);
  });
});
