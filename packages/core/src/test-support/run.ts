/** Test helpers: apply commands through decide and evolve, as the server does. */
import type { Command } from '../commands';
import { decide } from '../decide';
import type { DomainErrorCode } from '../errors';
import type { HallEvent } from '../events';
import { evolveAll } from '../evolve';
import { initialState } from '../initial-state';
import type { TicketPriority } from '../model';
import type { HallState } from '../state';
import { catalog, MON_0900 } from './fixture';

export interface Applied {
  state: HallState;
  events: HallEvent[];
}

/** Decide and evolve each command; a rejected command fails the test with its code. */
export function apply(state: HallState, ...commands: Command[]): Applied {
  let current = state;
  const events: HallEvent[] = [];
  for (const command of commands) {
    const decision = decide(current, command);
    if (!decision.ok) {
      throw new Error(`${command.type} rejected: ${JSON.stringify(decision.error)}`);
    }
    events.push(...decision.events);
    current = evolveAll(current, decision.events);
  }
  return { state: current, events };
}

/** The error code decide returns; fails the test if the command is accepted. */
export function rejection(state: HallState, command: Command): DomainErrorCode {
  const decision = decide(state, command);
  if (decision.ok) throw new Error(`${command.type} accepted: ${JSON.stringify(decision.events)}`);
  return decision.error.code;
}

export const fresh = (): HallState => initialState(catalog);

// Command builders: short names keep the scenarios readable.
export const issue = (
  ticketId: string,
  itemId: string,
  at = MON_0900,
  priority: TicketPriority = 'normal',
): Command => ({ type: 'issueTicket', at, ticketId, itemId, priority });
export const signIn = (windowId: string, staffId: string, at = MON_0900): Command => ({
  type: 'signIn',
  at,
  windowId,
  staffId,
});
export const signOut = (windowId: string, at = MON_0900): Command => ({
  type: 'signOut',
  at,
  windowId,
});
export const callNext = (windowId: string, at = MON_0900): Command => ({
  type: 'callNext',
  at,
  windowId,
});
export const act = (
  type: 'recall' | 'noShow' | 'start' | 'finish',
  windowId: string,
  ticketId: string,
  at = MON_0900,
): Command => ({ type, at, windowId, ticketId });

/** The ticket number each ticket.called event announced, in order. */
export const calledNumbers = (events: HallEvent[]): string[] =>
  events.flatMap((event) => (event.type === 'ticket.called' ? [event.number] : []));

/** State after signing in `windowId` and issuing the given tickets. */
export function openWith(windowId: string, ...tickets: Array<[string, string, TicketPriority?]>) {
  return apply(
    fresh(),
    signIn(windowId, `staff-${windowId}`),
    ...tickets.map(([id, itemId, priority]) => issue(id, itemId, MON_0900, priority)),
  ).state;
}

/** The facts an event carries about a fixture ticket of 医保 (yb-reg) issued at MON_0900. */
export const facts = (id: string, number: string, unitId = 'yibao', itemId = 'yb-reg') => ({
  id,
  number,
  unitId,
  itemId,
  priority: 'normal' as const,
  issuedAt: MON_0900,
  transferCount: 0,
});
