/**
 * The clerk's screen (`Workbench`) under test, shared by its test files. The
 * hall feed is scripted (useHallFeed is replaced; `emit` plays an event);
 * the REST answers come from a fake server whose replies the test releases.
 * Importing this module mocks `@hallq/client/react` for the importing file.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ApiError, type FeedStatus, type HallqApi } from '@hallq/client';
import type * as ClientReact from '@hallq/client/react';
import type {
  CatalogReply,
  StaffView,
  TicketView,
  WindowQueueReply,
  WindowReply,
  WireEvent,
} from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from '../dict';
import { createQueryClient } from '../query-client';
import { Workbench } from '../workbench';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Hoisted above the imports with the mock (vitest refuses to export a hoisted name).
const scripted = vi.hoisted(() => ({
  onEvent: undefined as ((e: WireEvent) => void) | undefined,
  status: 'live' as FeedStatus,
}));
vi.mock('@hallq/client/react', async (importOriginal) => ({
  ...(await importOriginal<typeof ClientReact>()),
  useHallFeed: (_options: unknown, onEvent: (e: WireEvent) => void) => {
    scripted.onEvent = onEvent;
    return {
      status: scripted.status,
      snapshot: undefined,
      seq: 0,
      offlineSince: undefined,
      feed: undefined,
    };
  },
}));

/** What the scripted feed reports, and the screen's listener for its events. */
export const feed = scripted;

export const NOW = Date.now();
export const ticket = (number: string, extra: Partial<TicketView> = {}): TicketView => ({
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

export const catalog: CatalogReply = {
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

/** The server as the fake api sees it; `hold` makes the next read of a route wait for the test. */
export function fakeServer() {
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
export type FakeServer = ReturnType<typeof fakeServer>;

/** The document element the screen is drawn in, and the screen's QueryClient (fresh per test). */
export let host: HTMLDivElement;
export let client: QueryClient;

/** Where the screen is drawn: a test file that replaces its root mid-test hands over its own. */
export interface RootSlot {
  get(): Root;
  set(root: Root): void;
}
const ownRoot = (): RootSlot => {
  let root: Root;
  return { get: () => root, set: (r) => (root = r) };
};

/**
 * Before each test of the calling file, a host in the document with a React
 * root, a fresh QueryClient and a live feed; after it, all unmounted and
 * cleared. Returns `render`, which draws the Workbench of window 5 for the
 * fake server (`hall`: the site's settings) and returns its `onExit`.
 */
export function mountEachTest(root: RootSlot = ownRoot()) {
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root.set(createRoot(host));
    client = createQueryClient();
    feed.onEvent = undefined;
    feed.status = 'live';
  });
  afterEach(() => {
    act(() => root.get().unmount());
    host.remove();
    client.clear();
  });

  return (server: FakeServer, onExit = vi.fn(), hall: CatalogReply['hall'] = catalog.hall) => {
    act(() =>
      root.get().render(
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
}

/** Let promises and TanStack Query's zero-delay notifications run: no waiting on a clock. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
};

export const queueNumbers = () =>
  [...host.querySelectorAll('tr[data-ticket]')].map((r) => r.getAttribute('data-ticket'));
export const currentNumber = () =>
  host.querySelector('[data-testid="current-number"]')?.textContent;
export const emit = (e: WireEvent) => act(() => feed.onEvent?.(e));
/** Built loosely: the caller relies only on an event's name, window id and ticket id. */
export const ev = (name: WireEvent['name'], payload: Record<string, unknown>) =>
  ({ name, payload: { seq: 1, siteId: 'district', at: NOW, ...payload } }) as unknown as WireEvent;
export const issued = (t: TicketView) => ev('ticket.issued', { ticket: t });
