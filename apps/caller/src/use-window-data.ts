/**
 * The window's state, its waiting queue and the clerk's figures: three
 * TanStack Query reads of the server, read again when a hall event says they
 * may have changed (`onFeedEvent`), when the feed comes back, or after an
 * action. No timer: the feed is the signal, the REST answer is the data.
 *
 * - A slow old answer never overwrites a newer one: a read in flight when an
 *   event or an action lands is cancelled and asked again (`rereadNow`).
 * - An action's reply (the server's own answer) shows at once
 *   (`setQueryData`), then everything is read again.
 * - 401/403 goes to `onAuthError`; any other failure keeps the last answer
 *   on screen (the connection badge says why it may be old).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, type HallqApi } from '@hallq/client';
import { createRereader, rereadNow } from '@hallq/client/react';
import {
  QUEUE_PANEL_ROWS,
  type TicketView,
  type WindowQueueSummary,
  type WindowReply,
  type WindowStatsReply,
  type WireEvent,
} from '@hallq/protocol';

/** The window as GET /windows/:id answers it (its current ticket in full). */
export type WindowState = WindowReply['window'];
import { readsAffectedBy, type WindowRead } from './relevant-event';

export type Stats = WindowStatsReply;

export interface WindowData {
  window: WindowState | undefined;
  /** The next visitors in call order (the first QUEUE_PANEL_ROWS). */
  queue: TicketView[];
  /** The whole queue in figures (undefined until the first answer). */
  queueSummary: WindowQueueSummary | undefined;
  stats: Stats | undefined;
}

/**
 * Query keys of one clerk session at one window. The session's token is part
 * of them, so a new sign-in never sees the previous session's answers (or its
 * 401); the old entries are dropped by the cache once unused.
 */
export const windowKeys = (session: string, windowId: string) => {
  const all = ['caller', session, windowId] as const;
  return {
    all,
    window: [...all, 'window'] as const,
    queue: [...all, 'queue'] as const,
    stats: [...all, 'stats'] as const,
  };
};

const isAuthError = (err: unknown): err is ApiError =>
  err instanceof ApiError && (err.status === 401 || err.status === 403);

export function useWindowData(
  api: HallqApi,
  windowId: string,
  session: string,
  unitIds: readonly string[],
  onAuthError: (err: ApiError) => void,
) {
  const client = useQueryClient();
  const keys = useMemo(() => windowKeys(session, windowId), [session, windowId]);

  const windowQuery = useQuery({
    queryKey: keys.window,
    queryFn: async () => (await api.window(windowId)).window,
  });
  const queueQuery = useQuery({
    queryKey: keys.queue,
    queryFn: () => api.windowQueue(windowId, QUEUE_PANEL_ROWS),
  });
  const statsQuery = useQuery({
    queryKey: keys.stats,
    queryFn: () => api.windowStats(windowId),
  });

  const authError = [windowQuery.error, queueQuery.error, statsQuery.error].find(isAuthError);
  const authErrorRef = useRef(onAuthError);
  authErrorRef.current = onAuthError;
  useEffect(() => {
    if (authError) authErrorRef.current(authError);
  }, [authError]);

  /** Read everything again (after an action, a refusal, a reconnect). */
  const refresh = useCallback(() => rereadNow(client, keys.all), [client, keys]);

  /** Show the ticket the server just answered with (or none), then read the rest again. */
  const applyCurrent = useCallback(
    (current: TicketView | undefined) => {
      // A read of the window asked before the action would bring the old ticket back.
      void client.cancelQueries({ queryKey: keys.window });
      client.setQueryData<WindowState>(keys.window, (w) => {
        if (!w) return w;
        const { current: _old, ...rest } = w;
        return current ? { ...rest, current } : rest;
      });
      void refresh();
    },
    [client, keys, refresh],
  );

  const applyWindow = useCallback(
    (window: WindowState) => {
      void client.cancelQueries({ queryKey: keys.window });
      client.setQueryData<WindowState>(keys.window, window);
      void refresh();
    },
    [client, keys, refresh],
  );

  const reread = useMemo(() => createRereader(client), [client]);
  const currentId = windowQuery.data?.current?.id;
  const onFeedEvent = useCallback(
    (e: WireEvent) => {
      for (const read of readsAffectedBy(e, windowId, unitIds, currentId)) {
        reread(keys[read satisfies WindowRead]);
      }
    },
    [reread, keys, windowId, unitIds, currentId],
  );

  const data: WindowData = {
    window: windowQuery.data,
    queue: queueQuery.data?.tickets ?? [],
    queueSummary: queueQuery.data?.summary,
    stats: statsQuery.data,
  };
  return { data, refresh, onFeedEvent, applyCurrent, applyWindow };
}
