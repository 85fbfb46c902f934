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
  closeUnrated,
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
  mergeYears,
  officialYear,
  workCalendar,
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
import type { CaseOpened, RatedTicketFacts, RatingEvent } from './rating-events';
import type { RatingTable } from './rating-table';

const DAY_MS = 86_400_000;
/** At most this many tickets closed unrated per pass (the next pass takes the rest). */
const SWEEP_BATCH = 200;

interface TicketRow {
  id: string;
  site_id: string;
  unit_id: string;
  item_id: string;
  number: string;
  status: string;
  window_id: string | null;
  served_by: string | null;
  finished_at: number | null;
}

export interface RatingRequest {
  ticketId: string;
  channel: RatingChannel;
  level: RatingLevel;
  tags?: string[];
  comment?: string;
  /** The pad's device and window (channel `pad`). */
  device?: { id: string; windowId: string | null };
}

const facts = (t: TicketRow): RatedTicketFacts => ({
  ticketId: t.id,
  ticketNumber: t.number,
  unitId: t.unit_id,
  itemId: t.item_id,
  windowId: t.window_id ?? '',
  ...(t.served_by ? { staffId: t.served_by } : {}),
  finishedAt: t.finished_at ?? 0,
});

export class RatingService {
  constructor(
    private readonly hall: HallService,
    private readonly db: Database.Database,
    readonly table: RatingTable,
    readonly settings: RatingSettings,
    private readonly shipped: readonly OfficialYear[] = CN_OFFICIAL_CALENDAR,
  ) {
    this.calendar = this.loadCalendar();
  }

  private calendar: WorkCalendar;

  /** The official calendar as the working-day deadlines count it (also 代办's, core Q29). */
  get workCalendar(): WorkCalendar {
    return this.calendar;
  }

  /** The shipped years, each replaced by one an admin entered (core R13). */
  private loadCalendar(): WorkCalendar {
    const edited = this.table.editedYears().map((y) => {
      const r = officialYear(y.year, y.holidays, y.workdays, y.source);
      return r.ok ? r.value : { year: y.year, source: y.source, holidays: [], workdays: [] };
    });
    return workCalendar(mergeYears(this.shipped, edited));
  }

  /** A year of the calendar as hallq counts it: edited, shipped, or unknown (weekdays only). */
  calendarYear(year: number): CalendarYearReply {
    const y = mergeYears(this.shipped, []).find((s) => s.year === year);
    const edited = this.table.editedYears().find((e) => e.year === year);
    const holidays = edited
      ? edited.holidays
      : [...this.calendar.holidays].filter((d) => d.startsWith(`${year}-`)).sort();
    return {
      year,
      known: edited !== undefined || y !== undefined,
      edited: edited !== undefined,
      source: edited?.source ?? y?.source ?? '',
      holidays,
      workdays: edited ? edited.workdays : [...(y?.workdays ?? [])],
    };
  }

  /** An admin enters a year (logged, audited); a bad one is refused having changed nothing. */
  setYear(
    caller: AdminCaller,
    year: number,
    body: { holidays: string[]; workdays: string[]; source: string },
  ): CalendarYearReply {
    const checked = officialYear(year, body.holidays, body.workdays, body.source.trim());
    if (!checked.ok) throw new HallqError('HALLQ_E_CALENDAR_INVALID', { ...checked.error });
    const y = checked.value;
    this.hall.recordAdmin(
      [
        {
          type: 'calendar.changed',
          siteId: caller.siteId,
          at: this.hall.now(),
          year,
          holidays: y.holidays.map(([d]) => d),
          workdays: [...y.workdays],
          source: y.source,
          actor: caller.actor,
        },
      ],
      () => undefined,
    );
    this.calendar = this.loadCalendar();
    return this.calendarYear(year);
  }

  private ticket(id: string): TicketRow | undefined {
    return this.db
      .prepare(
        `SELECT id, site_id, unit_id, item_id, number, status, window_id, served_by, finished_at
         FROM tickets WHERE id = ?`,
      )
      .get(id) as TicketRow | undefined;
  }

  /** Whether the phone page may rate the ticket now (core R3, R4), and its case's rectification (R14). */
  offer(ticketId: string): RatingOfferReply {
    const t = this.ticket(ticketId);
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
    const t = this.ticket(req.ticketId);
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
        ...caseDeadlines(at, timeZone, this.calendar, this.settings),
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
   * The tickets finished at a window with a rating pad whose pad window is
   * over unrated (core R4): recorded so, for the caller to show; the phone
   * may still rate them. Only the last day's are looked at.
   */
  private padTimeouts(now: number): RatingEvent[] {
    const padClosed = now - ratingClosesAt('pad', 0, this.settings);
    const rows = this.db
      .prepare(
        `SELECT t.id, t.site_id, t.unit_id, t.item_id, t.number, t.status, t.window_id,
           t.served_by, t.finished_at
         FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
         WHERE t.status = 'done' AND t.finished_at >= ? AND t.finished_at < ? AND r.id IS NULL
           AND t.window_id IN (SELECT window_id FROM devices
                               WHERE kind = 'rater' AND revoked_at IS NULL)
         ORDER BY t.finished_at LIMIT ?`,
      )
      .all(padClosed - DAY_MS, padClosed, SWEEP_BATCH) as TicketRow[];
    return rows.map((t) => ({
      type: 'rating.unrated' as const,
      siteId: t.site_id,
      at: now,
      unrated: facts(t),
      reason: 'pad' as const,
    }));
  }

  /**
   * Closes the tickets whose rating windows are over (core R6): recorded
   * unrated, or the default level marked defaulted. Only tickets finished in
   * the last phone window and a day are looked at, so a database with years
   * of tickets from before ratings is not swept into the log.
   */
  closeOverdue(): number {
    const now = this.hall.now();
    const phoneMs = this.settings.phoneDays * DAY_MS;
    const rows = this.db
      .prepare(
        `SELECT t.id, t.site_id, t.unit_id, t.item_id, t.number, t.status, t.window_id,
           t.served_by, t.finished_at
         FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
         WHERE t.status = 'done' AND t.finished_at >= ? AND t.finished_at < ?
           AND (r.id IS NULL OR (r.outcome = 'unrated' AND r.channel = 'pad'))
           AND t.window_id IS NOT NULL
         ORDER BY t.finished_at LIMIT ?`,
      )
      .all(now - phoneMs - DAY_MS, now - phoneMs, SWEEP_BATCH) as TicketRow[];
    const events: RatingEvent[] = this.padTimeouts(now);
    for (const t of rows) {
      const closed = closeUnrated(t.finished_at ?? 0, now, this.settings);
      if (!closed) continue;
      if (closed.kind === 'unrated') {
        events.push({
          type: 'rating.unrated',
          siteId: t.site_id,
          at: now,
          unrated: facts(t),
          reason: 'closed',
        });
        continue;
      }
      events.push({
        type: 'rating.submitted',
        siteId: t.site_id,
        at: now,
        rating: {
          ...facts(t),
          id: `rating-${t.id}`,
          channel: 'phone',
          level: closed.level,
          tags: [],
          defaulted: true,
        },
      });
    }
    if (events.length > 0) this.hall.recordAdmin(events, () => undefined);
    return events.length;
  }
}
