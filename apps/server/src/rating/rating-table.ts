/**
 * The ratings tables (migration 10): the read model of the rating events,
 * written in each event's own transaction (an admin reader of the hall
 * service), so a rating, its case and their events land together or not at
 * all. `ticket_id` is unique: one row per ticket (一次一评), rated,
 * defaulted or closed unrated.
 *
 * Each table's writes and reads are in a file of their own: the ratings
 * (ratings-read-model.ts), the rectification cases and their steps
 * (cases-read-model.ts), the calendar's edited years (calendar-years.ts),
 * their rows and views (rating-rows.ts); this class takes each event to its
 * table and keeps the reports' rollup (rating-rollup.ts) in step.
 */
import type Database from 'better-sqlite3';
import { RatingRollup } from './rating-rollup';
import type { CaseStatus } from '@hallq/core';
import type { RatingCaseView, RatingView } from '@hallq/protocol';
import type { RatingEvent } from './rating-events';
import { statementCache } from '../store/statements';
import { CalendarYears, type EditedYear } from './calendar-years';
import { CasesReadModel } from './cases-read-model';
import type { CaseState } from './rating-rows';
import { RatingsReadModel, type RatingFilter } from './ratings-read-model';

export type { CaseState } from './rating-rows';
export type { RatingFilter } from './ratings-read-model';

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
  private readonly ratingsModel: RatingsReadModel;
  private readonly casesModel: CasesReadModel;
  private readonly years: CalendarYears;
  private readonly rollup: RatingRollup;

  constructor(
    db: Database.Database,
    /** The app's clock: a case's overdue steps are as of now (core R10). */
    now: () => number = Date.now,
  ) {
    // Each text prepared once: the sweep of unrated tickets records hundreds of events at a time.
    const sql = statementCache(db);
    this.ratingsModel = new RatingsReadModel(sql);
    this.casesModel = new CasesReadModel(sql, now);
    this.years = new CalendarYears(sql);
    this.rollup = new RatingRollup(db);
  }

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
      case 'rating.submitted':
        this.ratingsModel.submitted(event);
        return;
      case 'rating.unrated':
        this.ratingsModel.unrated(event);
        return;
      case 'case.opened':
        this.casesModel.opened(event);
        return;
      case 'case.visitorRated':
        this.casesModel.visitorRated(event);
        return;
      case 'calendar.changed':
        this.years.changed(event);
        return;
      case 'case.stepped':
        this.casesModel.stepped(event);
        return;
    }
  }

  // The reads, each answered by its table's model (documented there).

  editedYears(): EditedYear[] {
    return this.years.editedYears();
  }

  isRated(ticketId: string): boolean {
    return this.ratingsModel.isRated(ticketId);
  }

  rating(id: string): RatingView | undefined {
    return this.ratingsModel.rating(id);
  }

  list(f: RatingFilter): RatingView[] {
    return this.ratingsModel.list(f);
  }

  caseState(id: string): CaseState | undefined {
    return this.casesModel.caseState(id);
  }

  caseView(id: string): RatingCaseView | undefined {
    return this.casesModel.caseView(id);
  }

  cases(siteId: string, status: CaseStatus | undefined, limit: number): RatingCaseView[] {
    return this.casesModel.cases(siteId, status, limit);
  }
}
