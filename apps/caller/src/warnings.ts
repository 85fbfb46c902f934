/**
 * 电子监察 on the clerk's own screen: the current service has run past the
 * item's expected time, or someone in this window's queue has waited longer
 * than the hall's limit. Both limits come from the server's catalogue.
 */
import type { TicketView } from '@hallq/protocol';

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
  queue: readonly TicketView[];
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
  if (waitLimitMinutes > 0) {
    const over = queue.filter((t) => now - t.issuedAt > waitLimitMinutes * MINUTE);
    const longest = over.reduce<TicketView | undefined>(
      (a, t) => (!a || t.issuedAt < a.issuedAt ? t : a),
      undefined,
    );
    if (longest) {
      out.push({
        kind: 'longWait',
        count: over.length,
        longestNumber: longest.number,
        longestMs: now - longest.issuedAt,
        limitMinutes: waitLimitMinutes,
      });
    }
  }
  return out;
}
