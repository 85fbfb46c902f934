/**
 * The hall's catalogue (units, items with today's quota left, today's rota),
 * a TanStack Query read. Hall events read it again at once: a ticket issued
 * or cancelled for an item with a daily quota (what is left changed), a day
 * closed (the new day's rota and quotas), an administrator's change to the
 * catalogue (catalog.changed: a quota set, an item disabled, the rota moved).
 * A slow poll (`everyMs`, a minute by default) stays as the backstop.
 */
import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import { createRereader, rereadNow } from '@hallq/client/react';
import type { CatalogReply, WireEvent } from '@hallq/protocol';

export const CATALOG_KEY = ['kiosk', 'catalog'] as const;

/** Nothing to show yet: try again soon rather than leave 正在加载 up for a minute. */
const FIRST_LOAD_RETRY_MS = 2_000;

/** Whether an event can change what the catalogue says (read loosely: only the name and the ticket's item). */
export function changesCatalog(e: WireEvent, catalog: CatalogReply | undefined): boolean {
  if (e.name === 'day.closed' || e.name === 'catalog.changed') return true;
  if (e.name !== 'ticket.issued' && e.name !== 'ticket.cancelled') return false;
  const itemId = (e.payload as { ticket?: { itemId?: unknown } }).ticket?.itemId;
  const item = catalog?.items.find((i) => i.id === itemId);
  // An item we don't know (or a ticket without one) may be new: read again.
  return item === undefined || item.dailyQuota !== undefined;
}

export function useCatalog(
  api: Pick<HallqApi, 'catalog'> | undefined,
  everyMs: number,
): {
  catalog: CatalogReply | undefined;
  error: unknown;
  reload: () => void;
  onFeedEvent: (e: WireEvent) => void;
} {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: CATALOG_KEY,
    queryFn: () => (api as Pick<HallqApi, 'catalog'>).catalog(),
    enabled: api !== undefined,
    refetchInterval: (q) =>
      q.state.data === undefined ? Math.min(everyMs, FIRST_LOAD_RETRY_MS) : everyMs,
    refetchIntervalInBackground: true,
  });
  const reload = useCallback(() => void rereadNow(client, CATALOG_KEY), [client]);
  const reread = useMemo(() => createRereader(client), [client]);
  const catalog = query.data;
  const onFeedEvent = useCallback(
    (e: WireEvent) => {
      if (changesCatalog(e, catalog)) reread(CATALOG_KEY);
    },
    [catalog, reread],
  );
  // A failed reload keeps the last good catalogue: an outage shows its own screen.
  return { catalog, error: query.error ?? undefined, reload, onFeedEvent };
}
