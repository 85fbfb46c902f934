/**
 * The ratings tables (migration 10): the read model of the rating events,
 * written in each event's own transaction (an admin reader of the hall
 * service), so a rating, its case and their events land together or not at
 * all. `ticket_id` is unique: one row per ticket (一次一评), rated,
 * defaulted or closed unrated.
 */
import type Database from 'better-sqlite3';
import { RatingRollup } from './rating-rollup';
import { overdueSteps, type CaseStatus } from '@hallq/core';
import type { RatingCaseView, RatingView } from '@hallq/protocol';
import type { RatingEvent } from './rating-events';
import { statementCache } from '../store/statements';

interface RatingRow {
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

interface CaseRow {
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

interface StepRow {
  kind: RatingCaseView['steps'][number]['kind'];
  note: string;
  outcome: RatingCaseView['steps'][number]['outcome'] | null;
  at: number;
  late: number;
  by_id: string;
  by_name: string;
}

export interface RatingFilter {
  siteId: string;
  from?: number;
  to?: number;
  unitId?: string;
  windowId?: string;
  staffId?: string;
  limit: number;
}

/** The case's deadlines and status, as the core's step rules take them. */
export type CaseState = Pick<CaseRow, 'status' | 'resume_status'> & {
  id: string;
  siteId: string;
  ratingId: string;
  followUpDueAt: number;
  rectifyDueAt: number;
};

const SELECT_RATING = `SELECT r.*, c.id AS case_id FROM ratings r
  LEFT JOIN rating_cases c ON c.rating_id = r.id`;

function ratingView(r: RatingRow): RatingView {
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

/** The rating whose figures an event can change (none for the unrated, calendar and 回评). */
function ratingOf(event: RatingEvent): string | undefined {
  switch (event.type) {
    case 'rating.submitted':
      return event.rating.id;
    case 'case.opened':
      return event.case.ratingId;
    case 'case.stepped':
      return event.ratingId;
    default:
      return undefined;
  }
}

export class RatingTable {
  /** Each text prepared once: the sweep of unrated tickets records hundreds of events at a time. */
  private readonly sql: (text: string) => Database.Statement;

  constructor(
    private readonly db: Database.Database,
    /** The app's clock: a case's overdue steps are as of now (core R10). */
    private readonly now: () => number = Date.now,
  ) {
    this.sql = statementCache(db);
    this.rollup = new RatingRollup(db);
  }

  private readonly rollup: RatingRollup;

  /**
   * Writes one event's rows (called inside the event's transaction), and
   * moves the rating it changes in the reports' rollup (rating-rollup.ts).
   */
  record(event: RatingEvent): void {
    const ratingId = ratingOf(event);
    const before = ratingId !== undefined ? this.rollup.signature(ratingId) : undefined;
    this.write(event);
    if (ratingId !== undefined) this.rollup.move(before, this.rollup.signature(ratingId));
  }

  private write(event: RatingEvent): void {
    switch (event.type) {
      case 'rating.submitted': {
        const r = event.rating;
        // A rating replaces the ticket's unrated row (the pad timed out, the phone rated).
        this.sql(
          `INSERT INTO ratings (id, ticket_id, ticket_number, site_id, unit_id, item_id, window_id,
            staff_id, outcome, channel, level, tags, comment, device_id, at, finished_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (ticket_id) DO UPDATE SET outcome = excluded.outcome,
             channel = excluded.channel, level = excluded.level, tags = excluded.tags,
             comment = excluded.comment, device_id = excluded.device_id, at = excluded.at
           WHERE ratings.outcome = 'unrated'`,
        ).run(
          r.id,
          r.ticketId,
          r.ticketNumber,
          event.siteId,
          r.unitId,
          r.itemId,
          r.windowId,
          r.staffId ?? null,
          r.defaulted ? 'defaulted' : 'rated',
          r.channel,
          r.level,
          JSON.stringify(r.tags),
          r.comment ?? null,
          r.deviceId ?? null,
          event.at,
          r.finishedAt,
        );
        return;
      }
      case 'rating.unrated': {
        const t = event.unrated;
        // The pad's timeout keeps channel 'pad' (the phone may still rate); the close, none.
        this.sql(
          `INSERT INTO ratings (id, ticket_id, ticket_number, site_id, unit_id, item_id, window_id,
            staff_id, outcome, channel, at, finished_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'unrated', ?, ?, ?)
           ON CONFLICT (ticket_id) DO UPDATE SET channel = excluded.channel, at = excluded.at
           WHERE ratings.outcome = 'unrated'`,
        ).run(
          `rating-${t.ticketId}`,
          t.ticketId,
          t.ticketNumber,
          event.siteId,
          t.unitId,
          t.itemId,
          t.windowId,
          t.staffId ?? null,
          event.reason === 'pad' ? 'pad' : null,
          event.at,
          t.finishedAt,
        );
        return;
      }
      case 'case.opened': {
        const c = event.case;
        this.sql(
          `INSERT INTO rating_cases (id, rating_id, ticket_id, site_id, unit_id, window_id, staff_id,
            level, tags, status, opened_at, follow_up_due_day, follow_up_due_at, rectify_due_day,
            rectify_due_at, calendar_confirmed)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
        ).run(
          c.id,
          c.ratingId,
          c.ticketId,
          event.siteId,
          c.unitId,
          c.windowId,
          c.staffId ?? null,
          c.level,
          JSON.stringify(c.tags),
          event.at,
          c.followUpDueDay,
          c.followUpDueAt,
          c.rectifyDueDay,
          c.rectifyDueAt,
          c.calendarConfirmed ? 1 : 0,
        );
        return;
      }
      case 'case.visitorRated':
        this.sql(`UPDATE rating_cases SET visitor_level = ?, visitor_at = ? WHERE id = ?`).run(
          event.level,
          event.at,
          event.caseId,
        );
        return;
      case 'calendar.changed':
        this.sql(
          `INSERT INTO calendar_years (year, holidays, workdays, source, updated_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (year) DO UPDATE SET holidays = excluded.holidays,
             workdays = excluded.workdays, source = excluded.source, updated_at = excluded.updated_at`,
        ).run(
          event.year,
          JSON.stringify(event.holidays),
          JSON.stringify(event.workdays),
          event.source,
          event.at,
        );
        return;
      case 'case.stepped': {
        const ended = event.status === 'closed' || event.status === 'voided';
        this.sql(
          `UPDATE rating_cases SET status = ?, resume_status = ?, closed_at = ? WHERE id = ?`,
        ).run(event.status, event.resumeStatus ?? null, ended ? event.at : null, event.caseId);
        if (event.status === 'voided')
          this.sql(`UPDATE ratings SET void = 1 WHERE id = ?`).run(event.ratingId);
        this.sql(
          `INSERT INTO rating_case_steps (case_id, n, kind, note, outcome, at, late, by_id, by_name)
           VALUES (?, (SELECT COUNT(*) FROM rating_case_steps WHERE case_id = ?) + 1,
             ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          event.caseId,
          event.caseId,
          event.kind,
          event.note,
          event.outcome ?? null,
          event.at,
          event.late ? 1 : 0,
          event.actor.id,
          event.actor.name,
        );
        return;
      }
    }
  }

  /** The years an admin entered, as the calendar takes them. */
  editedYears(): { year: number; holidays: string[]; workdays: string[]; source: string }[] {
    return (
      this.sql(
        `SELECT year, holidays, workdays, source FROM calendar_years ORDER BY year`,
      ).all() as {
        year: number;
        holidays: string;
        workdays: string;
        source: string;
      }[]
    ).map((r) => ({
      year: r.year,
      holidays: JSON.parse(r.holidays) as string[],
      workdays: JSON.parse(r.workdays) as string[],
      source: r.source,
    }));
  }

  /** Whether the ticket was rated or defaulted (closed unrated, its windows are over anyway). */
  isRated(ticketId: string): boolean {
    return (
      this.sql(`SELECT 1 FROM ratings WHERE ticket_id = ? AND outcome != 'unrated'`).get(
        ticketId,
      ) !== undefined
    );
  }

  rating(id: string): RatingView | undefined {
    const row = this.sql(`${SELECT_RATING} WHERE r.id = ?`).get(id) as RatingRow | undefined;
    return row && ratingView(row);
  }

  /** The site's ratings (not the unrated), newest first. */
  list(f: RatingFilter): RatingView[] {
    const where = [`r.site_id = ?`, `r.outcome != 'unrated'`];
    const args: (string | number)[] = [f.siteId];
    const add = (clause: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      args.push(value);
    };
    add('r.at >= ?', f.from);
    add('r.at < ?', f.to);
    add('r.unit_id = ?', f.unitId);
    add('r.window_id = ?', f.windowId);
    add('r.staff_id = ?', f.staffId);
    const rows = this.sql(
      `${SELECT_RATING} WHERE ${where.join(' AND ')} ORDER BY r.at DESC LIMIT ?`,
    ).all(...args, f.limit) as RatingRow[];
    return rows.map(ratingView);
  }

  caseState(id: string): CaseState | undefined {
    const c = this.sql(`SELECT * FROM rating_cases WHERE id = ?`).get(id) as CaseRow | undefined;
    return (
      c && {
        id: c.id,
        siteId: c.site_id,
        ratingId: c.rating_id,
        status: c.status,
        resume_status: c.resume_status,
        followUpDueAt: c.follow_up_due_at,
        rectifyDueAt: c.rectify_due_at,
      }
    );
  }

  caseView(id: string): RatingCaseView | undefined {
    const c = this.sql(`SELECT * FROM rating_cases WHERE id = ?`).get(id) as CaseRow | undefined;
    return c && this.view(c);
  }

  /** The site's cases (of one status, when given), newest first. */
  cases(siteId: string, status: CaseStatus | undefined, limit: number): RatingCaseView[] {
    const rows = (
      status
        ? this.sql(
            `SELECT * FROM rating_cases WHERE site_id = ? AND status = ? ORDER BY opened_at DESC LIMIT ?`,
          ).all(siteId, status, limit)
        : this.sql(
            `SELECT * FROM rating_cases WHERE site_id = ? ORDER BY opened_at DESC LIMIT ?`,
          ).all(siteId, limit)
    ) as CaseRow[];
    return rows.map((c) => this.view(c));
  }

  private view(c: CaseRow): RatingCaseView {
    const steps = this.sql(`SELECT * FROM rating_case_steps WHERE case_id = ? ORDER BY n`).all(
      c.id,
    ) as StepRow[];
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
        this.now(),
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
}
