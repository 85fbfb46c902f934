/**
 * Watches a running hall and checks the rules of packages/core/SPEC.md that
 * must hold at every step, independently of the code that enforces them:
 * legal transitions (Q15), numbers unique per unit and day (Q5), no ticket
 * held by two windows (Q13), FIFO within each call class (Q10).
 */
import { waitingQueue, type HallState, type Ticket } from '@hallq/core';
import type { WireEvent } from '@hallq/protocol';
import type { App } from './reliability-hall';

type Status = Ticket['status'];

const FROM: Record<string, readonly Status[]> = {
  'ticket.called': ['waiting'],
  'ticket.recalled': ['called'],
  'ticket.started': ['called'],
  'ticket.finished': ['called', 'serving'],
  'ticket.noShow': ['called'],
  'ticket.transferred': ['called', 'serving'],
  'ticket.cancelled': ['waiting'],
};
const TO: Record<string, Status> = {
  'ticket.called': 'called',
  'ticket.recalled': 'called',
  'ticket.started': 'serving',
  'ticket.finished': 'done',
  'ticket.noShow': 'noShow',
  'ticket.transferred': 'waiting',
  'ticket.cancelled': 'cancelled',
};

const callClass = (t: Ticket) => (t.front ? 0 : t.priority === 'priority' ? 1 : 2);

export interface InvariantChecker {
  violations: string[];
  /** Check the whole state now (after a command). */
  checkState(): void;
  events: number;
  stop(): void;
}

export function watchInvariants(app: App): InvariantChecker {
  const violations: string[] = [];
  const status = new Map<string, Status>();
  const numbers = new Map<string, string>();
  let before: HallState = app.hall.state;
  const fail = (msg: string) => {
    if (violations.length < 100) violations.push(msg);
  };

  const checker: InvariantChecker = {
    violations,
    events: 0,
    checkState() {
      const state = app.hall.state;
      const holders = new Map<string, string>();
      for (const w of Object.values(state.windows)) {
        if (!w.currentTicketId) continue;
        const other = holders.get(w.currentTicketId);
        if (other) fail(`Q13 ticket ${w.currentTicketId} held by ${other} and ${w.id}`);
        holders.set(w.currentTicketId, w.id);
        const t = state.tickets[w.currentTicketId];
        if (!t || (t.status !== 'called' && t.status !== 'serving') || t.windowId !== w.id)
          fail(`Q13 ${w.id} holds ${w.currentTicketId} which is ${t?.status} at ${t?.windowId}`);
        if (w.status !== 'open') fail(`Q12 ${w.id} holds a ticket while ${w.status}`);
      }
      for (const t of Object.values(state.tickets)) {
        if ((t.status === 'called' || t.status === 'serving') && holders.get(t.id) !== t.windowId)
          fail(`Q13 ${t.number} is ${t.status} but no window holds it`);
        if (status.has(t.id) && status.get(t.id) !== t.status)
          fail(`Q15 ${t.number}: state says ${t.status}, events say ${status.get(t.id)}`);
      }
    },
    stop: () => undefined,
  };

  const onEvent = (e: WireEvent, prev: HallState, closing: boolean) => {
    checker.events++;
    if (e.name === 'ticket.issued') {
      const t = e.payload.ticket;
      if (status.has(t.id)) fail(`Q8 ticket id ${t.id} issued twice`);
      status.set(t.id, 'waiting');
      const key = `${e.payload.siteId}|${t.unitId}|${e.payload.businessDay}|${t.number}`;
      if (numbers.has(key)) fail(`Q5 number ${t.number} issued twice on ${e.payload.businessDay}`);
      numbers.set(key, t.id);
      return;
    }
    if (e.name === 'day.closed') {
      for (const [id, s] of status) {
        if (s === 'waiting' || s === 'called' || s === 'serving') status.set(id, 'expired');
      }
      return;
    }
    const from = FROM[e.name];
    const to = TO[e.name];
    if (!from || !to || !('ticket' in e.payload)) return;
    const t = e.payload.ticket;
    const was = status.get(t.id);
    if (!was || !from.includes(was)) fail(`Q15 ${e.name} on ${t.number} which was ${was}`);
    status.set(t.id, to);
    if (e.name === 'ticket.called' && !e.payload.manualReason && !closing) {
      // Q10: within the called ticket's class, nobody eligible had come earlier.
      const called = prev.tickets[t.id];
      if (!called) return fail(`Q9 called ${t.number} was not active`);
      const queue = waitingQueue(prev, e.payload.window.id, e.payload.at);
      const earlier = queue.find(
        (q) => callClass(q) === callClass(called) && q.queueOrder < called.queueOrder,
      );
      if (earlier) fail(`Q10 ${e.payload.window.id} called ${t.number} before ${earlier.number}`);
    }
  };

  const unsubscribe = app.hall.onEvents((_siteId, events) => {
    const prev = before;
    const closing = events.some((e) => e.name === 'day.closed');
    for (const e of events) onEvent(e, prev, closing);
    before = app.hall.state;
  });
  checker.stop = () => {
    unsubscribe();
  };
  return checker;
}
