/**
 * 好差评 on the server (`app.ratings`): takes a rating from a window's pad or
 * the phone page (core R3–R5), opens a rectification case for a 差评 with
 * its working-day deadlines (R7, R9), records the steps of a case (R8), and
 * closes tickets nobody rated once the phone's window is over (R6). Every
 * change is an event appended through HallService.recordAdmin; the ratings
 * tables are written from the events in the same transaction (the plugin's
 * admin reader), so a refused request changes nothing.
 */
import type Database from 'better-sqlite3';
import {
  caseDeadlines,
  checkRating,
  checkRectificationRating,
  decideCaseStep,
  isBadRating,
  isRatingOpen,
  ratingClosesAt,
  type CaseOutcome,
  type CaseStepKind,
  type RatingChannel,
  type RatingLevel,
  type RatingSettings,
  type WorkCalendar,
  CN_OFFICIAL_CALENDAR,
  type OfficialYear,
} from '@hallq/core';
import type {
  CalendarYearReply,
  RatingCaseView,
  RatingOfferReply,
  RatingView,
} from '@hallq/protocol';
import type { HallService } from '../domain/hall-service';
import type { AdminCaller } from '../domain/admin-scope';
import { HallqError } from '../errors';
import type { CaseOpened, RatingEvent } from './rating-events';
import type { RatingTable } from './rating-table';
import { OfficialCalendar, type CalendarYearBody } from './official-calendar';
import { overdueEvents } from './overdue-sweep';
import type { Sql } from './rating-rows';
import { statementCache } from '../store/statements';
import { facts, ticketRow, type TicketRow } from './rated-tickets';

export interface RatingRequest {
  ticketId: string;
  channel: RatingChannel;
  level: RatingLevel;
  tags?: string[];
  comment?: string;
  /** The pad's device and window (channel `pad`). */
  device?: { id: string; windowId: string | null };
}

export class RatingService {
  constructor(
    private readonly hall: HallService,
    db: Database.Database,
    readonly table: RatingTable,
    readonly settings: RatingSettings,
    shipped: readonly OfficialYear[] = CN_OFFICIAL_CALENDAR,
  ) {
    this.calendar = new OfficialCalendar(hall, table, shipped);
    this.sql = statementCache(db);
  }

  /** The rated tickets' and the sweep's statements, prepared once. */
  private readonly sql: Sql;

  private readonly calendar: OfficialCalendar;

  /** The official calendar as the working-day deadlines count it (also 代办's, core Q29). */
  get workCalendar(): WorkCalendar {
    return this.calendar.workCalendar;
  }

  /** A year of the calendar as hallq counts it (official-calendar.ts). */
  calendarYear(year: number): CalendarYearReply {
    return this.calendar.calendarYear(year);
  }

  /** An admin enters a year (official-calendar.ts). */
  setYear(caller: AdminCaller, year: number, body: CalendarYearBody): CalendarYearReply {
    return this.calendar.setYear(caller, year, body);
  }

  /** Whether the phone page may rate the ticket now (core R3, R4), and its case's rectification (R14). */
  offer(ticketId: string): RatingOfferReply {
    const t = ticketRow(this.sql, ticketId);
    if (!t) throw new HallqError('HALLQ_E_TICKET_NOT_FOUND', { ticketId });
    const c = this.table.caseView(`case-${ticketId}`);
    const rectification = c && {
      caseId: c.id,
      status: ((): 'notYet' | 'open' | 'rated' | 'closed' => {
        const r = checkRectificationRating(c, 5, this.hall.now(), this.settings);
        if (r.ok) return 'open';
        if (r.code === 'HALLQ_E_ALREADY_RATED') return 'rated';
        return r.code === 'HALLQ_E_RATING_EXPIRED' || c.status === 'voided' ? 'closed' : 'notYet';
      })(),
    };
    const base = {
      ticketId,
      badTags: [...this.settings.badTags],
      ...(rectification ? { rectification } : {}),
    };
    if (t.status !== 'done' || t.finished_at === null) return { ...base, status: 'notFinished' };
    if (this.table.isRated(t.id)) return { ...base, status: 'rated' };
    const closesAt = ratingClosesAt('phone', t.finished_at, this.settings);
    if (!isRatingOpen('phone', t.finished_at, this.hall.now(), this.settings))
      return { ...base, status: 'closed' };
    return { ...base, status: 'open', closesAt };
  }

  /** The visitor rates the rectification of their 差评 (core R14), from the phone page. */
  rateRectification(ticketId: string, level: RatingLevel): RatingCaseView {
    const c = this.table.caseView(`case-${ticketId}`);
    if (!c) throw new HallqError('HALLQ_E_CASE_NOT_FOUND', { ticketId });
    const at = this.hall.now();
    const checked = checkRectificationRating(c, level, at, this.settings);
    if (!checked.ok) throw new HallqError(checked.code, { caseId: c.id, status: c.status });
    this.hall.recordAdmin(
      [{ type: 'case.visitorRated', siteId: c.siteId, at, caseId: c.id, level }],
      () => undefined,
    );
    return this.table.caseView(c.id) as RatingCaseView;
  }

  /** Takes a rating, or throws the rule's coded error having changed nothing. */
  submit(req: RatingRequest): RatingView {
    const at = this.hall.now();
    const t = ticketRow(this.sql, req.ticketId);
    const checked = checkRating(
      t && {
        id: t.id,
        status: t.status,
        ...(t.window_id ? { windowId: t.window_id } : {}),
        ...(t.finished_at !== null ? { finishedAt: t.finished_at } : {}),
      },
      t !== undefined && this.table.isRated(t.id),
      {
        channel: req.channel,
        ...(req.device?.windowId ? { raterWindowId: req.device.windowId } : {}),
        level: req.level,
        ...(req.tags ? { tags: req.tags } : {}),
        ...(req.comment !== undefined ? { comment: req.comment } : {}),
        at,
      },
      this.settings,
    );
    if (!checked.ok) throw new HallqError(checked.code, { ticketId: req.ticketId });
    const ticket = t as TicketRow;
    const r = checked.value;
    const id = `rating-${ticket.id}`;
    const events: RatingEvent[] = [
      {
        type: 'rating.submitted',
        siteId: ticket.site_id,
        at,
        rating: {
          ...facts(ticket),
          id,
          channel: r.channel,
          level: r.level,
          tags: r.tags,
          ...(r.comment ? { comment: r.comment } : {}),
          ...(req.device ? { deviceId: req.device.id } : {}),
          defaulted: false,
        },
      },
    ];
    if (isBadRating(r.level)) events.push(this.opening(ticket, id, r.level, r.tags, at));
    this.hall.recordAdmin(events, () => undefined);
    return this.table.rating(id) as RatingView;
  }

  private opening(
    t: TicketRow,
    ratingId: string,
    level: number,
    tags: string[],
    at: number,
  ): CaseOpened {
    const timeZone = this.hall.catalog.sites[t.site_id]?.timeZone ?? 'Asia/Shanghai';
    return {
      type: 'case.opened',
      siteId: t.site_id,
      at,
      case: {
        id: `case-${t.id}`,
        ratingId,
        ticketId: t.id,
        unitId: t.unit_id,
        windowId: t.window_id ?? '',
        ...(t.served_by ? { staffId: t.served_by } : {}),
        level,
        tags,
        ...caseDeadlines(at, timeZone, this.workCalendar, this.settings),
      },
    };
  }

  /** Records a step of a case of a site the caller may see (another's is not found). */
  step(
    caller: AdminCaller,
    sites: readonly string[],
    caseId: string,
    body: { kind: CaseStepKind; note: string; outcome?: CaseOutcome },
  ): RatingCaseView {
    const c = this.table.caseState(caseId);
    if (!c || !sites.includes(c.siteId)) throw new HallqError('HALLQ_E_CASE_NOT_FOUND', { caseId });
    const at = this.hall.now();
    const decided = decideCaseStep(
      {
        status: c.status,
        ...(c.resume_status ? { resumeStatus: c.resume_status } : {}),
        followUpDueAt: c.followUpDueAt,
        rectifyDueAt: c.rectifyDueAt,
      },
      { kind: body.kind, note: body.note, ...(body.outcome ? { outcome: body.outcome } : {}), at },
    );
    if (!decided.ok) throw new HallqError(decided.code, { caseId, status: c.status });
    const d = decided.value;
    this.hall.recordAdmin(
      [
        {
          type: 'case.stepped',
          siteId: c.siteId,
          at,
          caseId,
          ratingId: c.ratingId,
          kind: body.kind,
          note: d.note,
          ...(d.outcome ? { outcome: d.outcome } : {}),
          status: d.status,
          ...(d.resumeStatus ? { resumeStatus: d.resumeStatus } : {}),
          late: d.late,
          actor: caller.actor,
        },
      ],
      () => undefined,
    );
    return this.table.caseView(caseId) as RatingCaseView;
  }

  /**
   * Closes the tickets whose rating windows are over (core R4, R6), a batch
   * a pass (overdue-sweep.ts): recorded unrated, or the default level marked
   * defaulted. Returns how many events it recorded.
   */
  closeOverdue(): number {
    const events = overdueEvents(this.sql, this.settings, this.hall.now());
    if (events.length > 0) this.hall.recordAdmin(events, () => undefined);
    return events.length;
  }
}
