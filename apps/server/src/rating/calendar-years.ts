/**
 * The years of the official calendar an admin entered (`calendar_years`,
 * migration 10, core R13), written from `calendar.changed` (through
 * RatingTable.record); each replaces the shipped year.
 */
import type { CalendarChanged } from './rating-events';
import type { Sql } from './rating-rows';

/** A year an admin entered, as the calendar takes it. */
export interface EditedYear {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
}

export class CalendarYears {
  constructor(private readonly sql: Sql) {}

  changed(event: CalendarChanged): void {
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
  }

  /** The years an admin entered, as the calendar takes them. */
  editedYears(): EditedYear[] {
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
}
