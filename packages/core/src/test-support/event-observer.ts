/**
 * The observer of the property tests: an independent record of what the
 * events say (each ticket's status, the numbers issued, each window's turn in
 * the priority ratio), checking every event against the state it applies to.
 */
import { expect } from 'vitest';
import { businessTime } from '../business-time';
import { callClass } from '../call-class';
import type { HallEvent } from '../events';
import type { PriorityRatio, Ticket, TicketStatus } from '../model';
import { unitsServedBy } from '../rota';
import type { HallState } from '../state';

/** Q15: the legal (from → to) pairs per event type; `null` is "not yet issued". */
const LEGAL: Record<string, Array<[TicketStatus | null, TicketStatus]>> = {
  'ticket.issued': [[null, 'waiting']],
  'ticket.called': [['waiting', 'called']],
  'ticket.recalled': [['called', 'called']],
  'ticket.started': [['called', 'serving']],
  'ticket.finished': [
    ['called', 'done'],
    ['serving', 'done'],
  ],
  'ticket.noShow': [['called', 'noShow']],
  'ticket.transferred': [
    ['called', 'waiting'],
    ['serving', 'waiting'],
  ],
  'ticket.restored': [['noShow', 'waiting']],
  'ticket.cancelled': [
    ['waiting', 'cancelled'],
    ['called', 'cancelled'],
    ['serving', 'cancelled'],
  ],
  'day.closed': [
    ['waiting', 'expired'],
    ['called', 'expired'],
    ['serving', 'expired'],
  ],
};

const TARGET: Record<string, TicketStatus> = {
  'ticket.issued': 'waiting',
  'ticket.called': 'called',
  'ticket.recalled': 'called',
  'ticket.started': 'serving',
  'ticket.finished': 'done',
  'ticket.noShow': 'noShow',
  'ticket.transferred': 'waiting',
  'ticket.cancelled': 'cancelled',
  'ticket.restored': 'waiting',
};

export const ACTIVE = new Set<TicketStatus>(['waiting', 'called', 'serving']);

export class Observer {
  /** Status of every ticket ever issued, by id, as the events tell it. */
  readonly status = new Map<string, TicketStatus>();
  /** site|unit|day|number seen in ticket.issued. */
  readonly numbers = new Set<string>();
  /** Test-side ratio counter (SPEC Q11), per window. */
  readonly turn = new Map<string, number>();
  /** Consecutive call-next priority picks per window since its last ordinary pick. */
  readonly priorityRun = new Map<string, number>();

  constructor(private readonly ratio: PriorityRatio) {}

  /** Checks one event against the state it applies to, then records it. */
  see(before: HallState, event: HallEvent): void {
    if (event.type === 'ticket.issued') {
      const { ticket } = event;
      const key = `${ticket.siteId}|${ticket.unitId}|${ticket.businessDay}|${ticket.number}`;
      expect(this.numbers.has(key), `number issued twice: ${key}`).toBe(false);
      this.numbers.add(key);
    }
    if (event.type === 'ticket.called') this.checkCall(before, event);
    if (event.type === 'day.closed') {
      for (const [windowId, window] of Object.entries(before.catalog.windows)) {
        if (window.siteId === event.siteId) {
          this.turn.set(windowId, 0);
          this.priorityRun.set(windowId, 0);
        }
      }
    }
    const moves: Array<[string, TicketStatus]> =
      event.type === 'day.closed'
        ? event.expiredTicketIds.map((id) => [id, 'expired'])
        : 'ticketId' in event
          ? [[event.ticketId, TARGET[event.type] as TicketStatus]]
          : event.type === 'ticket.issued'
            ? [[event.ticket.id, 'waiting']]
            : [];
    for (const [id, to] of moves) {
      const from = this.status.get(id) ?? null;
      const legal = (LEGAL[event.type] ?? []).some(([f, t]) => f === from && t === to);
      // A reissued id after its ticket ended starts a new life.
      const reissue = event.type === 'ticket.issued' && from !== null && !ACTIVE.has(from);
      expect(legal || reissue, `${event.type}: ${from} → ${to} for ${id}`).toBe(true);
      this.status.set(id, to);
    }
  }

  /** FIFO within a class, front first, and the priority ratio (Q10, Q11). */
  private checkCall(before: HallState, event: Extract<HallEvent, { type: 'ticket.called' }>): void {
    if (event.manualReason !== undefined) return;
    const called = before.tickets[event.ticketId] as Ticket;
    const window = before.catalog.windows[event.windowId];
    const site = before.catalog.sites[event.siteId];
    if (!window || !site) throw new Error('call at an unknown window');
    const time = businessTime(event.at, site.timeZone);
    const day = before.businessDays[site.id] ?? time.day;
    const units = unitsServedBy(window, time.weekday);
    const eligible = Object.values(before.tickets).filter(
      (t) =>
        t.status === 'waiting' &&
        t.siteId === site.id &&
        t.businessDay === day &&
        (t.targetWindowId !== undefined
          ? t.targetWindowId === window.id
          : units.includes(t.unitId)),
    );
    expect(eligible.map((t) => t.id)).toContain(called.id);
    const ofClass = (c: number) => eligible.filter((t) => callClass(t) === c);
    const firstOf = (c: number) => Math.min(...ofClass(c).map((t) => t.queueOrder));
    // FIFO: nothing of the same class with a smaller queueOrder was skipped.
    expect(called.queueOrder).toBe(firstOf(callClass(called)));
    if (ofClass(0).length > 0) {
      expect(called.front, 'a front ticket was waiting').toBe(true);
      return;
    }
    const { priority: P, ordinary: O } = this.ratio;
    const s = this.turn.get(window.id) ?? 0;
    const run = this.priorityRun.get(window.id) ?? 0;
    const both = ofClass(1).length > 0 && ofClass(2).length > 0;
    if (both) {
      expect(called.priority, `turn ${s} of ${P}:${O}`).toBe(s >= P ? 'normal' : 'priority');
      // Ordinary tickets never starve: at most P priority calls in a row while they wait.
      if (called.priority === 'priority') expect(run).toBeLessThan(P);
    }
    if (called.priority === 'priority') {
      this.turn.set(window.id, s < P ? s + 1 : s);
      this.priorityRun.set(window.id, run + 1);
    } else {
      this.turn.set(window.id, s < P ? 0 : s + 1 >= P + O ? 0 : s + 1);
      this.priorityRun.set(window.id, 0);
    }
  }
}
