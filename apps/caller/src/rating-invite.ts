/**
 * 好差评 at the clerk's window: after 办结 the caller says 请邀请群众评价,
 * then whether the visitor rated (from the pad or the phone) or not. It
 * never shows how: the level goes from the visitor to the server only, and
 * the clerk's session cannot rate.
 */
import type { WireEvent } from '@hallq/protocol';

export type RatingInvite =
  | { state: 'invite'; ticketId: string; number: string }
  | { state: 'rated'; ticketId: string; number: string }
  | { state: 'unrated'; ticketId: string; number: string };

/** The invite after an event of the hall feed (the previous one when it says nothing new). */
export function nextInvite(
  invite: RatingInvite | undefined,
  e: WireEvent,
  windowId: string,
): RatingInvite | undefined {
  if (e.name === 'ticket.finished' && e.payload.window.id === windowId)
    return { state: 'invite', ticketId: e.payload.ticket.id, number: e.payload.ticket.number };
  if (!invite) return invite;
  if (e.name === 'rating.submitted' && e.payload.ticketId === invite.ticketId)
    return { ...invite, state: 'rated' };
  if (e.name === 'rating.unrated' && e.payload.ticketId === invite.ticketId)
    return { ...invite, state: 'unrated' };
  // The next visitor is called: the last one's invitation is over.
  if (e.name === 'ticket.called' && e.payload.window.id === windowId && invite.state !== 'invite')
    return undefined;
  return invite;
}
