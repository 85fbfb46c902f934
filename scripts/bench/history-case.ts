/**
 * The history case: time to ready with a year of history beside an empty
 * hall (and the first open, which builds the day figures from the log), then
 * a clerk's and a screen's reads on that history while 34 clerks call.
 */
import path from 'node:path';
import { loadConfig, prepareDataDir } from '@hallq/server';
import { historyInto } from '../generate-history';
import { measureReads } from './read-latency';
import type { BenchReport } from './report';
import type { BenchRun } from './run-context';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function runHistory(
  { args, log, root, withServer }: BenchRun,
  report: BenchReport,
): Promise<void> {
  log(`cold start: an empty hall, then ${args.history} tickets of history`);
  const coldDir = path.join(root, 'cold');
  prepareDataDir(loadConfig({ HALLQ_DATA_DIR: coldDir, LOG_LEVEL: 'silent', PORT: '0' }));
  const trials = args.quick ? 1 : 3;
  const empty: number[] = [];
  for (let i = 0; i < trials; i++) empty.push(await withServer(coldDir, async (s) => s.readyMs));
  // History up to yesterday, so the server boots into a new day as it would on a morning.
  const today = new Date().toISOString().slice(0, 10);
  const genStarted = performance.now();
  const gen = historyInto(coldDir, { tickets: args.history, beforeDay: today });
  const generateMs = Math.round(performance.now() - genStarted);
  log(
    `generated ${gen.tickets} tickets, ${gen.events} events over ${gen.days} days in ${generateMs} ms`,
  );
  // The generator leaves the day figures to the server's first open, as after
  // an upgrade to a schema with them: timed on its own, then the cold starts.
  log('first open with history: the server builds the day figures from the log');
  const firstOpenMs = await withServer(coldDir, async (s) => s.readyMs, 900_000);
  const full: number[] = [];
  for (let i = 0; i < trials; i++) full.push(await withServer(coldDir, async (s) => s.readyMs));
  report.coldStartMs = Math.round(median(full));
  report.coldStart = {
    historyTickets: gen.tickets,
    historyEvents: gen.events,
    emptyMs: Math.round(median(empty)),
    trialsMs: full.map(Math.round),
    emptyTrialsMs: empty.map(Math.round),
    firstOpenMs: Math.round(firstOpenMs),
    generateMs,
  };

  log(
    `reads on ${gen.tickets} tickets of history, 34 clerks signed in, calling at ${args.readCallRate}/s: ${args.readRequests} requests per route`,
  );
  const reads = await withServer(coldDir, async (s) => {
    await s.warmedUp();
    return measureReads({
      url: s.url,
      dataDir: coldDir,
      waiting: args.readWaiting,
      callRate: args.readCallRate,
      requests: args.readRequests,
      warmup: Math.min(20, args.readRequests),
    });
  });
  report.reads = { historyTickets: gen.tickets, ...reads };
}
