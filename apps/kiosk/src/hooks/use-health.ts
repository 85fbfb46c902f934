/**
 * Is the server reachable? Drives the 暂停取号 screen: 'down' after a failed
 * health check, 'ok' again as soon as one succeeds (the kiosk recovers by
 * itself, nobody has to touch it).
 *
 * A genuine poll (TanStack Query's refetchInterval): a server that is down
 * sends no event, so only asking finds out. The check itself never fails
 * (its answer is 'ok' or 'down'), so the next poll is the only retry.
 */
import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';

export type Health = 'unknown' | 'ok' | 'down';

interface HealthState {
  health: 'ok' | 'down';
  downSince: number | undefined;
}

export const HEALTH_KEY = ['kiosk', 'health'] as const;

/** While down, look more often: a kiosk that is back should say so within seconds. */
const DOWN_POLL_MS = 2_000;

export function useHealth(
  api: Pick<HallqApi, 'health'> | undefined,
  everyMs: number,
): { health: Health; downSince: number | undefined; check: () => void } {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: HEALTH_KEY,
    queryFn: async (): Promise<HealthState> => {
      try {
        await (api as Pick<HallqApi, 'health'>).health();
        return { health: 'ok', downSince: undefined };
      } catch {
        const before = client.getQueryData<HealthState>(HEALTH_KEY);
        // Down since the first failed check, not the latest one.
        return before?.health === 'down' ? before : { health: 'down', downSince: Date.now() };
      }
    },
    enabled: api !== undefined,
    retry: false,
    refetchInterval: (q) =>
      q.state.data?.health === 'down' ? Math.min(everyMs, DOWN_POLL_MS) : everyMs,
    refetchIntervalInBackground: true,
  });
  const { refetch } = query;
  const check = useCallback(() => void refetch(), [refetch]);
  return {
    health: query.data?.health ?? 'unknown',
    downSince: query.data?.downSince,
    check,
  };
}
