/**
 * The official calendar the rating service counts working days on (core R9,
 * R13): the shipped years, each replaced by one an admin entered
 * (`calendar.changed`, kept in `calendar_years`), reloaded when one is
 * entered.
 */
import {
  mergeYears,
  officialYear,
  workCalendar,
  type OfficialYear,
  type WorkCalendar,
} from '@hallq/core';
import type { CalendarYearReply } from '@hallq/protocol';
import type { HallService } from '../domain/hall-service';
import type { AdminCaller } from '../domain/admin-scope';
import { HallqError } from '../errors';
import type { RatingTable } from './rating-table';

/** A year as an admin enters it. */
export interface CalendarYearBody {
  holidays: string[];
  workdays: string[];
  source: string;
}

export class OfficialCalendar {
  constructor(
    private readonly hall: HallService,
    private readonly table: RatingTable,
    private readonly shipped: readonly OfficialYear[],
  ) {
    this.calendar = this.loadCalendar();
  }

  private calendar: WorkCalendar;

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
  setYear(caller: AdminCaller, year: number, body: CalendarYearBody): CalendarYearReply {
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
}
