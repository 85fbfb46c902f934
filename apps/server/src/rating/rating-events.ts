/**
 * 好差评 as the log keeps it: a rating given (from the pad, the phone page,
 * or by the default rule), a ticket closed unrated, a rectification case
 * opened for a 差评, and each step of a case (回访, 整改, 复核, 申诉 and its
 * decision), and a year of the official calendar an admin entered. Appended through HallService.recordAdmin like every
 * server-level event, so each has its site's seq and replays; the ratings
 * tables (rating-table.ts) are their read model, written in the same
 * transaction, and the audit records each one.
 */
import type { CaseOutcome, CaseStatus, CaseStepKind, RatingChannel } from '@hallq/core';
import type { ActorRef } from '@hallq/protocol';

/** The ticket a rating is of, as it was finished. */
export interface RatedTicketFacts {
  ticketId: string;
  ticketNumber: string;
  unitId: string;
  itemId: string;
  windowId: string;
  /** The clerk who finished it. */
  staffId?: string;
  finishedAt: number;
}

export interface RatingFacts extends RatedTicketFacts {
  id: string;
  channel: RatingChannel;
  level: number;
  tags: string[];
  comment?: string;
  /** The pad it came from. */
  deviceId?: string;
  /** Given by the default rule (core R6), not by the visitor. */
  defaulted: boolean;
}

export interface RatingSubmitted {
  type: 'rating.submitted';
  siteId: string;
  at: number;
  rating: RatingFacts;
  /** Never set: a visitor is no one the audit can name. */
  actor?: ActorRef;
}

/**
 * No rating: the window's pad timed out (`pad`; the phone may still rate it,
 * and replaces this), or the phone's 7 days are over too (`closed`, core R6;
 * absent on events logged before pads timed out on the record).
 */
export interface RatingUnrated {
  type: 'rating.unrated';
  siteId: string;
  at: number;
  unrated: RatedTicketFacts;
  reason?: 'pad' | 'closed';
  actor?: ActorRef;
}

export interface CaseFacts {
  id: string;
  ratingId: string;
  ticketId: string;
  unitId: string;
  windowId: string;
  staffId?: string;
  level: number;
  tags: string[];
  followUpDueDay: string;
  followUpDueAt: number;
  rectifyDueDay: string;
  rectifyDueAt: number;
  calendarConfirmed: boolean;
}

export interface CaseOpened {
  type: 'case.opened';
  siteId: string;
  at: number;
  case: CaseFacts;
  actor?: ActorRef;
}

export interface CaseStepped {
  type: 'case.stepped';
  siteId: string;
  at: number;
  caseId: string;
  ratingId: string;
  kind: CaseStepKind;
  note: string;
  outcome?: CaseOutcome;
  /** The case's status after the step. */
  status: CaseStatus;
  resumeStatus?: CaseStatus;
  late: boolean;
  actor: ActorRef;
}

/** An admin entered a year of the official calendar (core R13); logged under their site. */
export interface CalendarChanged {
  type: 'calendar.changed';
  siteId: string;
  at: number;
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
  actor: ActorRef;
}

/** The visitor rated the rectification of their 差评 (core R14). */
export interface CaseVisitorRated {
  type: 'case.visitorRated';
  siteId: string;
  at: number;
  caseId: string;
  level: number;
  /** Never set: the visitor is not named. */
  actor?: ActorRef;
}

export type RatingEvent =
  RatingSubmitted | RatingUnrated | CaseOpened | CaseStepped | CaseVisitorRated | CalendarChanged;

export const isRatingEvent = (event: { type: string }): event is RatingEvent =>
  event.type.startsWith('rating.') ||
  event.type.startsWith('case.') ||
  event.type === 'calendar.changed';
