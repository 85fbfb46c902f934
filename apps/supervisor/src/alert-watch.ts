/**
 * The supervisors room sends each alert as it stands after each change.
 * This decides what the screen makes of one: its place in the open list
 * (a closed one leaves it), and whether it calls for a tone — a new open
 * alert at its level, or one this screen knew as yellow that turned red.
 * Alerts the screen read over REST count as known: they sound no more.
 * Pure, apart from the `known` map the screen keeps.
 */
import type { AlertView } from '@hallq/protocol';

export type Known = Map<string, AlertView['level']>;

/** The open alerts a read listed are known at their levels. */
export function remember(known: Known, alerts: readonly AlertView[]): void {
  for (const a of alerts)
    if (a.closedAt === undefined && known.get(a.id) !== 'red') known.set(a.id, a.level);
}

export function toneFor(known: Known, alert: AlertView): AlertView['level'] | undefined {
  const before = known.get(alert.id);
  if (alert.closedAt !== undefined) {
    known.delete(alert.id);
    return undefined;
  }
  if (before !== 'red') known.set(alert.id, alert.level);
  if (alert.acknowledgedAt !== undefined) return undefined;
  // One that went to the admin is old news, though this screen never saw it.
  if (before === undefined) return alert.escalatedAt === undefined ? alert.level : undefined;
  return before === 'yellow' && alert.level === 'red' ? 'red' : undefined;
}

/** The open list with this alert as it now stands: replaced, added first, or gone once closed. */
export function withAlert(list: readonly AlertView[], alert: AlertView): AlertView[] {
  const rest = list.filter((a) => a.id !== alert.id);
  if (alert.closedAt !== undefined) return rest;
  return list.some((a) => a.id === alert.id)
    ? list.map((a) => (a.id === alert.id ? alert : a))
    : [alert, ...rest];
}
