/**
 * The window's state, its waiting queue and the clerk's figures, read from the
 * server. Only the newest load is applied, so a slow answer never overwrites
 * a newer one; an action's reply (the server's own answer) is applied at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type HallqApi } from '@hallq/client';
import type { TicketView, WindowStateView } from '@hallq/protocol';

export interface Stats {
  served: number;
  avgServiceMs: number;
  avgWaitMs: number;
}

export interface WindowData {
  window: WindowStateView | undefined;
  queue: TicketView[];
  stats: Stats | undefined;
}

export function useWindowData(
  api: HallqApi,
  windowId: string,
  onAuthError: (err: ApiError) => void,
) {
  const [data, setData] = useState<WindowData>({
    window: undefined,
    queue: [],
    stats: undefined,
  });
  const generation = useRef(0);
  const authError = useRef(onAuthError);
  authError.current = onAuthError;

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const [w, q, s] = await Promise.all([
        api.window(windowId),
        api.windowQueue(windowId),
        api.windowStats(windowId),
      ]);
      if (mine !== generation.current) return;
      setData({ window: w.window, queue: q.tickets, stats: s });
    } catch (err) {
      if (mine !== generation.current) return;
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        authError.current(err);
      }
      // Offline: keep showing the last answer; the connection badge says why it may be old.
    }
  }, [api, windowId]);

  /** Show the ticket the server just answered with (or none), then reload the rest. */
  const applyCurrent = useCallback(
    (current: TicketView | undefined) => {
      generation.current++;
      setData((d) => {
        if (!d.window) return d;
        const { current: _old, ...rest } = d.window;
        return { ...d, window: current ? { ...rest, current } : rest };
      });
      void refresh();
    },
    [refresh],
  );

  const applyWindow = useCallback(
    (window: WindowStateView) => {
      generation.current++;
      setData((d) => ({ ...d, window }));
      void refresh();
    },
    [refresh],
  );

  // Feed events come in bursts (a call is several screens' worth): one reload per burst.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const refreshSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void refresh();
    }, 250);
  }, [refresh]);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    void refresh();
    // A backstop for anything the feed could not tell us (e.g. a day rollover while offline).
    const t = setInterval(() => void refresh(), 30_000);
    return () => clearInterval(t);
  }, [refresh]);

  return { data, refresh, refreshSoon, applyCurrent, applyWindow };
}
