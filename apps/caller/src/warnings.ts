/**
 * 电子监察 on the clerk's own screen: the current service has run past the
 * item's expected time, or someone in this window's queue has waited longer
 * than the hall's limit. Both limits come from the server's catalogue.
 */
import type { TicketView, WindowQueueSummary } from '@hallq/protocol';

export type Warning =
  | { kind: 'overrun'; ticketNumber: string; elapsedMs: number; expectedMinutes: number }
  | {
      kind: 'longWait';
      count: number;
      longestNumber: string;
      longestMs: number;
      limitMinutes: number;
    };

export interface WarningInput {
  current: TicketView | undefined;
  /** Expected minutes of the current ticket's item (undefined when the item is unknown). */
  expectedServiceMinutes: number | undefined;
  /** The whole queue's figures (the server's summary): its issue times and its longest wait. */
  queue: Pick<WindowQueueSummary, 'issuedAts' | 'oldest'> | undefined;
  waitLimitMinutes: number;
  now: number;
}

const MINUTE = 60_000;

export function warningsFor(input: WarningInput): Warning[] {
  const out: Warning[] = [];
  const { current, expectedServiceMinutes, queue, waitLimitMinutes, now } = input;
  // Service time runs from 开始办理; a ticket only called is not yet being served.
  if (current?.status === 'serving' && current.startedAt && expectedServiceMinutes) {
    const elapsedMs = now - current.startedAt;
    if (elapsedMs > expectedServiceMinutes * MINUTE) {
      out.push({
        kind: 'overrun',
        ticketNumber: current.number,
        elapsedMs,
        expectedMinutes: expectedServiceMinutes,
      });
    }
  }
  const longest = queue?.oldest;
  if (waitLimitMinutes > 0 && queue && longest) {
    // Oldest first: those issued before this moment have waited past the limit.
    const before = now - waitLimitMinutes * MINUTE;
    let over = 0;
    while (over < queue.issuedAts.length && (queue.issuedAts[over] as number) < before) over++;
    if (over > 0) {
      out.push({
        kind: 'longWait',
        count: over,
        longestNumber: longest.number,
        longestMs: now - longest.issuedAt,
        limitMinutes: waitLimitMinutes,
      });
    }
  }
  return out;
}
