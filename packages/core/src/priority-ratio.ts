/**
 * The priority ratio P:O (Q11), kept in one counter per window
 * (WindowState.priorityStreak, called s here):
 *
 * - s < P: priority turn. Priority tickets go before ordinary ones.
 * - s ≥ P: ordinary turn. Ordinary tickets go first (priority ones only if no
 *   ordinary ticket is waiting).
 *
 * After a call-next of a priority ticket: s + 1 in a priority turn, unchanged in
 * an ordinary turn (the ordinary calls stay owed). After a call-next of an
 * ordinary ticket: 0 in a priority turn (the priority run is broken), s + 1 in
 * an ordinary turn, wrapping to 0 after O ordinary calls (s = P + O).
 * Front tickets and 选号 (callTicket) leave s alone; closing the day resets it.
 * With P < 1 or O < 1 there is no ratio: priority always goes first, s stays 0.
 */
import type { PriorityRatio, TicketPriority } from './model';

const hasRatio = (ratio: PriorityRatio): boolean => ratio.priority >= 1 && ratio.ordinary >= 1;

/** Whether an ordinary ticket is owed the next call. */
export const isOrdinaryTurn = (ratio: PriorityRatio, streak: number): boolean =>
  hasRatio(ratio) && streak >= ratio.priority;

/** The counter after a call-next (not front, not 选号) of a ticket of `called` priority. */
export function nextStreak(ratio: PriorityRatio, streak: number, called: TicketPriority): number {
  if (!hasRatio(ratio)) return 0;
  const ordinaryTurn = streak >= ratio.priority;
  if (called === 'priority') return ordinaryTurn ? streak : streak + 1;
  if (!ordinaryTurn) return 0;
  return streak + 1 >= ratio.priority + ratio.ordinary ? 0 : streak + 1;
}
