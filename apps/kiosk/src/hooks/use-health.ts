/**
 * Is the server reachable? Drives the 暂停取号 screen: 'down' after a failed
 * health check, 'ok' again as soon as one succeeds (the kiosk recovers by
 * itself, nobody has to touch it).
 */
import { useState } from 'react';
import type { HallqApi } from '@hallq/client';
import { usePoll } from './use-poll';

export type Health = 'unknown' | 'ok' | 'down';

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
      } catch {
        setState((s) => (s.health === 'down' ? s : { health: 'down', downSince: Date.now() }));
      }
    },
    everyMs,
    api !== undefined,
  );
  return { ...state, check };
}
