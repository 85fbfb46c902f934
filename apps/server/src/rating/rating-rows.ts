/**
 * The rows of the ratings tables (migration 10) as SQLite returns them, and
 * their mapping to the views the routes send (`RatingView`,
 * `RatingCaseView`) and to the state the core's step rules take
 * (`CaseState`). Read by the read models (ratings-read-model.ts,
 * cases-read-model.ts).
 */
import { overdueSteps, type CaseStatus } from '@hallq/core';
import type { RatingCaseView, RatingView } from '@hallq/protocol';
import type { statementCache } from '../store/statements';

/** A statement by its text, prepared once per connection (store/statements.ts). */
export type Sql = ReturnType<typeof statementCache>;

export interface RatingRow {
  id: string;
  ticket_id: string;
  ticket_number: string;
  site_id: string;
  unit_id: string;
  item_id: string;
  window_id: string;
  staff_id: string | null;
  outcome: 'rated' | 'defaulted' | 'unrated';
  channel: 'pad' | 'phone' | null;
  level: number | null;
  tags: string;
  comment: string | null;
  at: number;
  finished_at: number;
  void: number;
  case_id: string | null;
}

export interface CaseRow {
  id: string;
  rating_id: string;
  ticket_id: string;
  site_id: string;
  unit_id: string;
  window_id: string;
  staff_id: string | null;
  level: number;
  tags: string;
  status: CaseStatus;
  resume_status: CaseStatus | null;
  opened_at: number;
  follow_up_due_day: string;
  follow_up_due_at: number;
  rectify_due_day: string;
  rectify_due_at: number;
  calendar_confirmed: number;
  closed_at: number | null;
  visitor_level: number | null;
  visitor_at: number | null;
}

export interface StepRow {
  kind: RatingCaseView['steps'][number]['kind'];
  note: string;
  outcome: RatingCaseView['steps'][number]['outcome'] | null;
  at: number;
  late: number;
  by_id: string;
  by_name: string;
}

/** The case's deadlines and status, as the core's step rules take them. */
export type CaseState = Pick<CaseRow, 'status' | 'resume_status'> & {
  id: string;
  siteId: string;
  ratingId: string;
  followUpDueAt: number;
  rectifyDueAt: number;
};

export function ratingView(r: RatingRow): RatingView {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    ticketNumber: r.ticket_number,
    siteId: r.site_id,
    unitId: r.unit_id,
    itemId: r.item_id,
    windowId: r.window_id,
    ...(r.staff_id !== null ? { staffId: r.staff_id } : {}),
    channel: r.channel ?? 'pad',
    level: r.level ?? 0,
    tags: JSON.parse(r.tags) as string[],
    ...(r.comment !== null ? { comment: r.comment } : {}),
    at: r.at,
    finishedAt: r.finished_at,
    defaulted: r.outcome === 'defaulted',
    void: r.void === 1,
    ...(r.case_id !== null ? { caseId: r.case_id } : {}),
  };
}

export function caseState(c: CaseRow): CaseState {
  return {
    id: c.id,
    siteId: c.site_id,
    ratingId: c.rating_id,
    status: c.status,
    resume_status: c.resume_status,
    followUpDueAt: c.follow_up_due_at,
    rectifyDueAt: c.rectify_due_at,
  };
}

/** A case with its steps; its overdue steps are as of `now` (core R10). */
export function caseView(c: CaseRow, steps: StepRow[], now: number): RatingCaseView {
  return {
    id: c.id,
    ratingId: c.rating_id,
    ticketId: c.ticket_id,
    siteId: c.site_id,
    level: c.level,
    tags: JSON.parse(c.tags) as string[],
    unitId: c.unit_id,
    windowId: c.window_id,
    ...(c.staff_id !== null ? { staffId: c.staff_id } : {}),
    status: c.status,
    openedAt: c.opened_at,
    followUpDueAt: c.follow_up_due_at,
    rectifyDueAt: c.rectify_due_at,
    followUpDueDay: c.follow_up_due_day,
    rectifyDueDay: c.rectify_due_day,
    calendarConfirmed: c.calendar_confirmed === 1,
    ...(c.closed_at !== null ? { closedAt: c.closed_at } : {}),
    overdue: overdueSteps(
      { status: c.status, followUpDueAt: c.follow_up_due_at, rectifyDueAt: c.rectify_due_at },
      now,
    ),
    ...(c.visitor_level !== null ? { visitorLevel: c.visitor_level } : {}),
    ...(c.visitor_at !== null ? { visitorAt: c.visitor_at } : {}),
    steps: steps.map((s) => ({
      kind: s.kind,
      note: s.note,
      ...(s.outcome !== null ? { outcome: s.outcome } : {}),
      at: s.at,
      late: s.late === 1,
      by: { id: s.by_id, name: s.by_name },
    })),
  };
}
