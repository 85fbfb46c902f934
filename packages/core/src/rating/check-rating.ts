/**
 * Whether a rating is taken (R3–R5): one per finished ticket (一次一评),
 * from the pad of the window that finished it or the phone page, while that
 * channel's window is open, with at least one configured reason for a 差评 (and none for a good one).
 * Checked in this order, so the first broken rule is the one named.
 */
import { refuse, type RatingCheck } from './errors';
import { isBadRating, type RatingLevel } from './levels';
import { isRatingOpen, type RatingChannel } from './rating-window';
import type { RatingSettings } from './settings';

/** The ticket as the rules need it. */
export interface RatedTicket {
  id: string;
  status: string;
  /** The window that finished it (办结). */
  windowId?: string;
  finishedAt?: number;
}

export interface RatingInput {
  channel: RatingChannel;
  /** The pad's own window (channel `pad`). */
  raterWindowId?: string;
  level: RatingLevel;
  tags?: readonly string[];
  comment?: string;
  at: number;
}

/** A rating as taken: tags without repeats, the comment trimmed (absent when blank). */
export interface AcceptedRating {
  ticketId: string;
  channel: RatingChannel;
  level: RatingLevel;
  tags: string[];
  comment?: string;
  at: number;
}

export function checkRating(
  ticket: RatedTicket | undefined,
  /** Whether the ticket already has a rating (given, defaulted or closed unrated). */
  alreadyRated: boolean,
  input: RatingInput,
  settings: RatingSettings,
): RatingCheck<AcceptedRating> {
  if (!ticket) return refuse('HALLQ_E_TICKET_NOT_FOUND');
  if (ticket.status !== 'done' || ticket.finishedAt === undefined)
    return refuse('HALLQ_E_TICKET_NOT_FINISHED');
  if (alreadyRated) return refuse('HALLQ_E_ALREADY_RATED');
  if (input.channel === 'pad' && input.raterWindowId !== ticket.windowId)
    return refuse('HALLQ_E_RATER_WRONG_WINDOW');
  if (!isRatingOpen(input.channel, ticket.finishedAt, input.at, settings))
    return refuse('HALLQ_E_RATING_EXPIRED');
  const tags = [...new Set(input.tags ?? [])];
  const bad = isBadRating(input.level);
  // The tags are reasons for a 差评: a good rating carries none.
  if (tags.some((t) => !bad || !settings.badTags.includes(t)))
    return refuse('HALLQ_E_RATING_TAG_UNKNOWN');
  if (bad && tags.length === 0) return refuse('HALLQ_E_RATING_TAG_REQUIRED');
  const comment = input.comment?.trim();
  return {
    ok: true,
    value: {
      ticketId: ticket.id,
      channel: input.channel,
      level: input.level,
      tags,
      ...(comment ? { comment } : {}),
      at: input.at,
    },
  };
}
