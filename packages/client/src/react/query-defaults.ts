/**
 * The defaults of a screen's one TanStack QueryClient (each app makes it at
 * its root: `new QueryClient({ defaultOptions: { queries: QUERY_DEFAULTS } })`).
 * Written as plain options so this package needs no query library of its own;
 * the app's QueryClient type-checks them. REST reads are refreshed by hall
 * events (invalidation), not by timers, so they suit a screen on a hall's LAN:
 *
 * - A coded 4xx (`ApiError` 400–499) is the server's answer: asking again
 *   would get the same answer, so it is never retried. A network error or a
 *   5xx may pass: up to three retries with exponential backoff.
 * - `networkMode: 'always'`: the server sits on the hall's LAN, so the
 *   browser's idea of "online" (a route to the internet) says nothing about
 *   it; the request itself finds out.
 * - No refetch on window focus: a kiosk or hall screen has no focus to speak
 *   of, and a clerk's screen is kept fresh by the feed.
 * - Fresh until an event or an action says otherwise (`staleTime: Infinity`).
 * - A failed refetch keeps the last answer on screen (TanStack Query's own
 *   behaviour); the connection badge or outage screen says why it may be old.
 */
import { ApiError } from '../api-error';

const MAX_RETRIES = 3;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** 1 s, 2 s, 4 s, … capped at 30 s. */
export const retryDelay = (attempt: number): number => Math.min(1_000 * 2 ** attempt, 30_000);

export const QUERY_DEFAULTS = {
  retry: shouldRetry,
  retryDelay,
  networkMode: 'always',
  refetchOnWindowFocus: false,
  staleTime: Infinity,
} as const;

/** Actions are never repeated by the query library: the caller's runner owns retries (same Idempotency-Key). */
export const MUTATION_DEFAULTS = { retry: false, networkMode: 'always' } as const;
