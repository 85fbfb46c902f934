/**
 * The rectification cases of the 差评 (`rating_cases`, `rating_case_steps`,
 * migration 10), written from `case.opened`, `case.visitorRated` and
 * `case.stepped` (through RatingTable.record), and read as the core's step
 * rules take a case (`CaseState`) or as the routes send it (`RatingCaseView`).
 */
import type { CaseStatus } from '@hallq/core';
import type { RatingCaseView } from '@hallq/protocol';
import type { CaseOpened, CaseStepped, CaseVisitorRated } from './rating-events';
import {
  caseState,
  caseView,
  type CaseRow,
  type CaseState,
  type Sql,
  type StepRow,
} from './rating-rows';

export class CasesReadModel {
  constructor(
    private readonly sql: Sql,
    /** The app's clock: a case's overdue steps are as of now (core R10). */
    private readonly now: () => number,
  ) {}

  opened(event: CaseOpened): void {
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
  }

  visitorRated(event: CaseVisitorRated): void {
    this.sql(`UPDATE rating_cases SET visitor_level = ?, visitor_at = ? WHERE id = ?`).run(
      event.level,
      event.at,
      event.caseId,
    );
  }

  stepped(event: CaseStepped): void {
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
  }

  caseState(id: string): CaseState | undefined {
    const c = this.sql(`SELECT * FROM rating_cases WHERE id = ?`).get(id) as CaseRow | undefined;
    return c && caseState(c);
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
    return caseView(c, steps, this.now());
  }
}
