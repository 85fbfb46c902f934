/**
 * The closed months of a report: once a month is over, its day rows no
 * longer change (a ticket is counted on its own business day, an alert on
 * its opening day, and both end with the day), so a kind's figures per id
 * for the month are added up once and kept in memory. A year's report then
 * merges eleven kept months and reads the current month's rows. The rows are
 * rebuilt only when the database is opened, before any report is kept.
 */
import type { ReportFigures } from './report-query';

/** The months a range of days touches: each month's part, and whether it is the whole month. */
export function monthsOf(from: string, to: string) {
  const spans: { month: string; from: string; to: string; whole: boolean }[] = [];
  let month = from.slice(0, 7);
  while (month <= to.slice(0, 7)) {
    const [y = 1970, m = 1] = month.split('-').map(Number);
    const first = `${month}-01`;
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const a = from > first ? from : first;
    const b = to < last ? to : last;
    spans.push({ month, from: a, to: b, whole: a === first && b === last });
    month = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  }
  return spans;
}

/** Adds `f` into `into` (counts, sums, the longest wait, the histograms bucket by bucket). */
export function mergeInto(into: ReportFigures, f: ReportFigures): void {
  into.issued += f.issued;
  into.served += f.served;
  into.noShow += f.noShow;
  into.transferredOut += f.transferredOut;
  into.cancelled += f.cancelled;
  into.outOfOrderCalls += f.outOfOrderCalls;
  into.alertsYellow += f.alertsYellow;
  into.alertsRed += f.alertsRed;
  into.waitMaxMs = Math.max(into.waitMaxMs, f.waitMaxMs);
  for (const k of ['wait', 'service'] as const) {
    into[k].sumMs += f[k].sumMs;
    into[k].count += f[k].count;
    const h = into[k].histogram;
    f[k].histogram.forEach((n, i) => {
      if (n) h[i] = (h[i] ?? 0) + n;
    });
  }
}

type ReadDays = (
  siteId: string,
  kind: string,
  from: string,
  to: string,
) => Promise<Map<string, ReportFigures>>;

export class ClosedMonths {
  private readonly kept = new Map<string, Promise<Map<string, ReportFigures>>>();

  constructor(private readonly readDays: ReadDays) {}

  /** A closed month's figures per id (read once; concurrent asks share the read). */
  month(siteId: string, kind: string, month: string): Promise<Map<string, ReportFigures>> {
    const key = `${siteId}|${kind}|${month}`;
    let figures = this.kept.get(key);
    if (!figures) {
      figures = this.readDays(siteId, kind, `${month}-01`, lastDay(month));
      figures.catch(() => this.kept.delete(key));
      this.kept.set(key, figures);
    }
    return figures;
  }
}

function lastDay(month: string): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
