/**
 * `pnpm bench`: hallq's speed beside its floors, measured in one run on this
 * machine. The server runs in its own child process; display clients in two
 * more; everything on 127.0.0.1; every loop bounded in count and time; every
 * process spawned here is stopped by PID and every temp dir removed.
 *
 *   issue        durable tickets/s via POST /api/v1/tickets  vs raw SQLite inserts
 *   callToScreen 34 windows call at once, N clients           vs a bare socket.io broadcast
 *   memory       server RSS idle, with 5,000 clients, after a simulated day
 *   coldStart    time to ready with a year of history          vs an empty hall
 *                (and the first open, which builds the day figures from the log)
 *   reads        a clerk's and a screen's reads on a year of history, 34 clerks calling vs GET /health
 *   callNext     a clerk's call-next with 4,000 waiting, 34 clerks signed in vs one raw SQLite transaction
 *   spray        GET /health during a 32-way login spray from one address vs the same, idle
 *   reports      GET /reports over a year of history, by each grouping, 34 clerks calling
 *                vs call-next p99 over the same seconds (floor: < 300 ms p99)
 *   sites        the district and its 16 township halls issuing and calling at once
 *                vs the district alone, same server, same run (floor: within 10%)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type BenchCase } from './args';
import { runCallNext } from './call-next-case';
import { runHistory } from './history-case';
import { runIssue } from './issue-case';
import { machine } from './machine';
import { printTable, type BenchReport } from './report';
import { runReports } from './reports-case';
import { startRun, type BenchRun } from './run-context';
import { runScreens } from './screens-case';
import { runSites } from './sites-case';
import { runSpray } from './spray-case';
import { sqliteFloor } from './sqlite-floor';

/** Each case's run, filling its part of the report; the cases run in `CASES` order. */
const RUNS: Record<
  BenchCase,
  (run: BenchRun, report: BenchReport, floor: { p99Ms: number }) => Promise<void>
> = {
  screens: runScreens,
  issue: runIssue,
  callNext: runCallNext,
  history: runHistory,
  spray: runSpray,
  reports: runReports,
  sites: runSites,
};

const args = parseArgs(process.argv.slice(2));
const run = startRun(args);

async function main(): Promise<BenchReport> {
  const report: BenchReport = {
    machine: machine(),
    quick: args.quick,
    cases: args.cases,
    issue: {
      ticketsPerSec: 0,
      p50Ms: 0,
      p99Ms: 0,
      floorPerSec: 0,
      p99At200PerSecMs: 0,
      tickets: 0,
      errors: 0,
      oneQueue: undefined,
    },
    callNext: undefined,
    callToScreen: [],
    memory: { idleMb: 0, with5000Mb: null, afterDayMb: 0, floorWith5000Mb: null },
    coldStartMs: 0,
    coldStart: {
      historyTickets: 0,
      historyEvents: 0,
      emptyMs: 0,
      trialsMs: [],
      emptyTrialsMs: [],
      firstOpenMs: 0,
      generateMs: 0,
    },
    day: undefined,
    reads: undefined,
    spray: undefined,
  };

  run.log('floor: raw SQLite inserts, one synchronous=FULL transaction each');
  const floor = sqliteFloor(run.root, 20_000, args.quick ? 1_500 : 4_000);
  report.issue.floorPerSec = Math.round(floor.perSec);

  for (const c of args.cases) await RUNS[c](run, report, floor);
  return report;
}

try {
  const report = await main();
  if (args.out) writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n');
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printTable(report);
} catch (err) {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  await run.cleanup();
}
