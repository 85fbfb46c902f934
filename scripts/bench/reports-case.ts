/**
 * The reports case: GET /reports over a year of history, by each grouping,
 * while 34 clerks call, beside call-next p99 over the same seconds.
 */
import path from 'node:path';
import { historyInto } from '../generate-history';
import { prepareHall } from './hall-setup';
import type { BenchReport } from './report';
import { measureReports } from './report-latency';
import type { BenchRun } from './run-context';

export async function runReports(
  { args, log, root, withServer }: BenchRun,
  report: BenchReport,
): Promise<void> {
  // Issue 13: a year of history answers any report in < 300 ms p99, the hall still calling.
  const reportsDir = path.join(root, 'reports');
  log('reports: the demo hall with its 34 clerks signed in, then a year of history');
  const hall = await prepareHall(reportsDir, 0);
  const today = new Date().toISOString().slice(0, 10);
  // A year of working days whatever --history (--quick: fewer tickets a day, as many days).
  const gen = historyInto(reportsDir, {
    tickets: args.history,
    ticketsPerDay: Math.max(100, Math.ceil(args.history / 250)),
    beforeDay: today,
  });
  log(`generated ${gen.tickets} tickets over ${gen.days} days; the first open builds the figures`);
  await withServer(reportsDir, async (s) => s.readyMs, 900_000);
  report.reports = await withServer(reportsDir, async (s) => {
    await s.warmedUp();
    log(`reports ${gen.firstDay} … ${gen.lastDay} by each grouping while the windows call`);
    return measureReports({
      url: s.url,
      creds: hall.creds,
      catalog: hall.catalog,
      kioskToken: hall.kioskToken,
      windowTokens: hall.windowTokens,
      historyTickets: gen.tickets,
      from: gen.firstDay,
      to: gen.lastDay,
      calls: args.quick ? 340 : 1_020,
      callRate: 20,
    });
  });
}
