/**
 * The 工作日历's month grid: the days of a month in weeks from Monday, each
 * marked as the official calendar counts it — a working day, a weekend, a
 * holiday (休) or a make-up working day (调休上班, 班).
 */
export type DayKind = 'work' | 'weekend' | 'holiday' | 'makeup';

export interface GridDay {
  /** YYYY-MM-DD */
  day: string;
  date: number;
  kind: DayKind;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Weeks (Monday first) of `month` (1–12); days of other months are null. */
export function monthGrid(
  year: number,
  month: number,
  holidays: ReadonlySet<string>,
  workdays: ReadonlySet<string>,
): (GridDay | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // ISO weekday of the 1st: Monday 1 … Sunday 7.
  const first = ((new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7) + 1;
  const cells: (GridDay | null)[] = Array.from({ length: first - 1 }, () => null);
  for (let date = 1; date <= days; date++) {
    const day = `${year}-${pad(month)}-${pad(date)}`;
    const weekday = ((first - 1 + date - 1) % 7) + 1;
    const kind: DayKind = holidays.has(day)
      ? 'holiday'
      : workdays.has(day)
        ? 'makeup'
        : weekday >= 6
          ? 'weekend'
          : 'work';
    cells.push({ day, date, kind });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (GridDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Days typed as a list (commas, spaces, 、 or new lines) → sorted, without repeats. */
export function parseDays(text: string): string[] {
  return [...new Set(text.split(/[\s,，、]+/).filter(Boolean))].sort();
}
