/**
 * decide(state, command) → events | error. Finds the command's site, closes
 * the site's business day first when the command falls on a later day (Q2),
 * then hands the command to its handler. Never throws for unknown ids or
 * broken rules: those come back as a DomainError and no events.
 */
import { businessTime } from './business-time';
import type { Command } from './commands';
import { decideCallNext, decideCallTicket } from './decide-call';
import { decideIssue } from './decide-issue';
import { decideCancel, decideTicketAction } from './decide-ticket';
import { decideRestore } from './decide-restore';
import { decideTransfer } from './decide-transfer';
import { decidePause, decideResume, decideSignIn, decideSignOut } from './decide-window';
import { accept, reject } from './decision';
import type { DecideContext, Decision } from './decision';
import type { DayClosed } from './events';
import { evolve } from './evolve';
import { locateSite } from './locate';
import { siteTime } from './site-time';
import type { HallState } from './state';

export type { Decision } from './decision';

/** day.closed for `day` of `siteId`: every active ticket of the site expires. */
function closeDayEvent(state: HallState, siteId: string, day: string, at: number): DayClosed {
  const expiredTicketIds = Object.values(state.tickets)
    .filter((ticket) => ticket.siteId === siteId)
    .map((ticket) => ticket.id);
  return { type: 'day.closed', at, siteId, businessDay: day, expiredTicketIds };
}

function decideOn(ctx: DecideContext, command: Command): Decision {
  switch (command.type) {
    case 'issueTicket':
      return decideIssue(ctx, command);
    case 'signIn':
      return decideSignIn(ctx, command);
    case 'signOut':
      return decideSignOut(ctx, command);
    case 'pauseWindow':
      return decidePause(ctx, command);
    case 'resumeWindow':
      return decideResume(ctx, command);
    case 'callNext':
      return decideCallNext(ctx, command);
    case 'callTicket':
      return decideCallTicket(ctx, command);
    case 'recall':
    case 'start':
    case 'finish':
    case 'noShow':
      return decideTicketAction(ctx, command);
    case 'transfer':
      return decideTransfer(ctx, command);
    case 'cancel':
      return decideCancel(ctx, command);
    case 'restore':
      return decideRestore(ctx, command);
    case 'closeDay':
      return accept(closeDayEvent(ctx.state, ctx.site.id, ctx.time.day, command.at));
    default:
      return reject('HALLQ_E_INVALID_TRANSITION', { reason: 'unknownCommand' });
  }
}

export function decide(state: HallState, command: Command): Decision {
  const site = locateSite(state, command);
  if ('code' in site) return { ok: false, error: site };
  const stored = state.businessDays[site.id];
  const today = businessTime(command.at, site.timeZone).day;
  if (stored === undefined || today <= stored) {
    return decideOn({ state, site, time: siteTime(state, site, command.at) }, command);
  }
  // A later day: the old day closes first, and the command is judged after it.
  const closed = closeDayEvent(state, site.id, stored, command.at);
  if (command.type === 'closeDay') return accept(closed);
  const after = evolve(state, closed);
  const decision = decideOn(
    { state: after, site, time: siteTime(after, site, command.at) },
    command,
  );
  return decision.ok ? accept(closed, ...decision.events) : decision;
}
