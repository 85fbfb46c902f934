// @vitest-environment happy-dom
/**
 * The kiosk's reads (catalogue, health, printer) through its QueryClient:
 * the catalogue is read again when a hall event says its quotas moved, with
 * no timer; health and printer are polls because nothing else can tell.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { act, cleanup, renderHook } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError, type HallqApi } from '@hallq/client';
import type { CatalogReply, WireEvent } from '@hallq/protocol';
import { createQueryClient } from '../query-client';
import { testCatalog } from '../test-catalog';
import { useCatalog } from './use-catalog';
import { useHealth } from './use-health';
import { usePrinterStatus } from './use-printer-status';

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
});
afterEach(() => {
  cleanup();
  client.clear();
  vi.useRealTimers();
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>{children}</QueryClientProvider>
);

/** Let promises and TanStack Query's zero-delay notifications run (no clock is waited on). */
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
};

/** Built loosely: the kiosk reads only an event's name and its ticket's item. */
const ev = (name: WireEvent['name'], payload: Record<string, unknown>) =>
  ({ name, payload: { seq: 1, siteId: 'district', at: 0, ...payload } }) as unknown as WireEvent;

/** A server whose catalogue counts down SB002's quota (5 a day) as tickets are issued. */
function catalogServer() {
  let issued = 0;
  const catalog = vi.fn(async (): Promise<CatalogReply> => {
    const c = testCatalog();
    return {
      ...c,
      items: c.items.map((i) =>
        i.dailyQuota !== undefined ? { ...i, remainingToday: i.dailyQuota - issued } : i,
      ),
    };
  });
  return { api: { catalog }, issue: () => void issued++, catalog };
}
const left = (c: CatalogReply | undefined) =>
  c?.items.find((i) => i.id === 'SB002')?.remainingToday;

describe('useCatalog', () => {
  it('shows the quota left going down when a ticket for that item is issued, with no timer', async () => {
    const server = catalogServer();
    // An hour between polls: only the event can bring the new figure within the test.
    const { result } = renderHook(() => useCatalog(server.api, 3_600_000), { wrapper });
    await settle();
    expect(left(result.current.catalog)).toBe(5);

    server.issue();
    await settle();
    expect(left(result.current.catalog)).toBe(5);

    act(() =>
      result.current.onFeedEvent(ev('ticket.issued', { ticket: { id: 't1', itemId: 'SB002' } })),
    );
    await settle();
    expect(left(result.current.catalog)).toBe(4);
  });

  it('does not read again for a ticket of an item without a quota, nor for a call', async () => {
    const server = catalogServer();
    const { result } = renderHook(() => useCatalog(server.api, 3_600_000), { wrapper });
    await settle();
    const reads = server.catalog.mock.calls.length;
    act(() => {
      result.current.onFeedEvent(ev('ticket.issued', { ticket: { id: 't1', itemId: 'SB001' } }));
      result.current.onFeedEvent(
        ev('ticket.called', { ticket: { id: 't1' }, window: { id: 'w1' } }),
      );
    });
    await settle();
    expect(server.catalog.mock.calls.length).toBe(reads);
  });

  it('reads again after a day closes (the new day’s rota and quotas)', async () => {
    const server = catalogServer();
    const { result } = renderHook(() => useCatalog(server.api, 3_600_000), { wrapper });
    await settle();
    const reads = server.catalog.mock.calls.length;
    act(() => result.current.onFeedEvent(ev('day.closed', { businessDay: '2025-03-03' })));
    await settle();
    expect(server.catalog.mock.calls.length).toBe(reads + 1);
  });

  it('keeps the last catalogue when a reload fails', async () => {
    const server = catalogServer();
    const { result } = renderHook(() => useCatalog(server.api, 3_600_000), { wrapper });
    await settle();
    server.catalog.mockRejectedValue(new ApiError(500, 'HALLQ_E_INTERNAL', '内部错误', 'Internal'));
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
    act(() => result.current.reload());
    await settle();
    expect(server.catalog.mock.calls.length).toBeGreaterThan(1);
    expect(left(result.current.catalog)).toBe(5);
  });
});

describe('useHealth', () => {
  it('says down after a failed check, polls every 2 s while down, and ok as soon as one succeeds', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const health = vi.fn<HallqApi['health']>().mockRejectedValue(new NetworkError());
    const { result } = renderHook(() => useHealth({ health }, 60_000), { wrapper });
    await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
    expect(result.current.health).toBe('down');
    expect(result.current.downSince).toBe(1_000_000);

    await act(async () => void (await vi.advanceTimersByTimeAsync(2_000)));
    expect(health).toHaveBeenCalledTimes(2);
    // Still down: since the first failure, not the latest.
    expect(result.current.downSince).toBe(1_000_000);

    health.mockResolvedValue({ status: 'ok', version: '1' });
    await act(async () => void (await vi.advanceTimersByTimeAsync(2_000)));
    expect(result.current.health).toBe('ok');
    expect(result.current.downSince).toBeUndefined();
  });
});

describe('usePrinterStatus', () => {
  it('under Electron, reports a change of the local printer to the server once', async () => {
    const status = vi.fn(async () => 'online' as const);
    const reportDeviceStatus = vi.fn(async () => ({ ok: true as const }));
    const api = { reportDeviceStatus, kioskPrinter: vi.fn() };
    const { result } = renderHook(
      () => usePrinterStatus(api, { printerStatus: status }, 3_600_000, () => undefined),
      { wrapper },
    );
    await settle();
    expect(result.current.status).toBe('online');
    act(() => result.current.refresh());
    await settle();
    expect(status).toHaveBeenCalledTimes(2);
    expect(reportDeviceStatus).toHaveBeenCalledTimes(1);

    status.mockResolvedValue('paperOut' as never);
    act(() => result.current.refresh());
    await settle();
    expect(result.current.status).toBe('paperOut');
    expect(reportDeviceStatus).toHaveBeenLastCalledWith({ printerStatus: 'paperOut' });
  });

  it('goes to the setup screen when the server refuses the device (401)', async () => {
    const onUnauthorized = vi.fn();
    const api = {
      reportDeviceStatus: vi.fn(),
      kioskPrinter: vi.fn(async () => {
        throw new ApiError(401, 'HALLQ_E_UNAUTHORIZED', '未授权', 'Unauthorized');
      }),
    };
    renderHook(() => usePrinterStatus(api, undefined, 3_600_000, onUnauthorized), { wrapper });
    await settle();
    expect(onUnauthorized).toHaveBeenCalled();
  });
});
