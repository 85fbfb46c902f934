/**
 * Is the server reachable? Drives the 暂停取号 screen: 'down' after a failed
 * health check, 'ok' again as soon as one succeeds (the kiosk recovers by
 * itself, nobody has to touch it).
 */
import { useState } from 'react';
import type { HallqApi } from '@hallq/client';
import { usePoll } from './use-poll';

export type Health = 'unknown' | 'ok' | 'down';

/** While down, look more often: a kiosk that is back should say so within seconds. */
const DOWN_POLL_MS = 2_000;

export function useHealth(
  api: Pick<HallqApi, 'health'> | undefined,
  everyMs: number,
): { health: Health; downSince: number | undefined; check: () => void } {
  const [state, setState] = useState<{ health: Health; downSince: number | undefined }>({
    health: 'unknown',
    downSince: undefined,
  });
  const check = usePoll(
    async () => {
      if (!api) return;
      try {
        await api.health();
        setState({ health: 'ok', downSince: undefined });
        return everyMs;
      } catch {
        setState((s) => (s.health === 'down' ? s : { health: 'down', downSince: Date.now() }));
        return Math.min(everyMs, DOWN_POLL_MS);
      }
    },
    everyMs,
    api !== undefined,
  );
  return { ...state, check };
}
