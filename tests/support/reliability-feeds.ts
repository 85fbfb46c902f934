/**
 * Screens for the crash suite: HallFeed clients (packages/client) on a real
 * server, and the parts of a snapshot a screen shows, for comparing a feed's
 * mirrored state with the server's own `GET /api/v1/queues`.
 */
import { HallFeed } from '@hallq/client';
import type { HallSnapshot } from '@hallq/protocol';

export function openFeeds(url: string, token: string, count: number): HallFeed[] {
  return Array.from(
    { length: count },
    () => new HallFeed({ url, token, transports: ['websocket'] }),
  );
}

/** What the hall screen draws: waiting counts, each window's ticket, the recent calls. */
export function visible(s: HallSnapshot | undefined) {
  if (!s) return undefined;
  return {
    seq: s.seq,
    businessDay: s.businessDay,
    units: s.units.map((u) => [u.unitId, u.waiting, u.priorityWaiting]),
    windows: s.windows.map((w) => [
      w.id,
      w.status,
      w.current?.id ?? null,
      w.current?.status ?? null,
    ]),
    recentCalls: s.recentCalls.map((c) => [c.seq, c.ticket.id, c.window.id, c.recall]),
  };
}

/** Wait (bounded) until `check` holds, polling every 50 ms. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}
