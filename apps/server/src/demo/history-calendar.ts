/**
 * The generated history's days (history.ts): the working days (Mon–Fri)
 * before a given day, each with its local midnight in the site's time zone.
 * The official calendar's 调休 is not applied to the past: the history is a
 * demonstration and a benchmark, and a weekday rhythm is what both need.
 */

export interface PastDay {
  /** YYYY-MM-DD. */
  day: string;
  weekday: 1 | 2 | 3 | 4 | 5;
  /** The day's local midnight, epoch ms. */
  midnight: number;
}

/** UTC offset of `timeZone` at `epochMs`, in ms (e.g. +8 h for Asia/Shanghai). */
function offsetMs(epochMs: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The local midnight that starts `day` (YYYY-MM-DD) in `timeZone`. */
export function localMidnight(day: string, timeZone: string): number {
  const utc = Date.parse(`${day}T00:00:00Z`);
  return utc - offsetMs(utc, timeZone);
}

/** The `count` working days before `beforeDay`, oldest first. */
export function pastWorkingDays(beforeDay: string, count: number, timeZone: string): PastDay[] {
  const days: PastDay[] = [];
  let cursor = Date.parse(`${beforeDay}T00:00:00Z`);
  while (days.length < count) {
    cursor -= 86_400_000;
    const wd = new Date(cursor).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    days.unshift({
      day: new Date(cursor).toISOString().slice(0, 10),
      weekday: wd as PastDay['weekday'],
      midnight: cursor - offsetMs(cursor, timeZone),
    });
  }
  return days;
}
