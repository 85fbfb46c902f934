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
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'undici';
import { loadConfig, prepareDataDir } from '@hallq/server';
import { historyInto } from '../generate-history';
import { localDay, runSimulatedDay, type DayReply } from '../sim/simulated-day';
import { parseArgs } from './args';
import { spawnBareServer } from './bare-server-process';
import { measureCallNext } from './call-next-latency';
import { measureCallToScreen, type ScreenResult } from './call-to-screen';
import { prepareHall } from './hall-setup';
import { issueLoad, pacedIssue } from './issue-throughput';
import { machine } from './machine';
import { freePort } from './ports';
import { rssOf, spawnServer, type ServerProcess } from './server-process';
import { sqliteFloor } from './sqlite-floor';
import { round } from './stats';
import { measureReads } from './read-latency';
import { measureLoginSpray } from './login-spray';
import { measureReports } from './report-latency';
import { credsOf, measureSites, prepareSites } from './sites-run';
import { printTable, type BenchReport } from './report';

const args = parseArgs(process.argv.slice(2));
const log = (msg: string) => {
  if (!args.json) process.stderr.write(`· ${msg}\n`);
};
const root = mkdtempSync(path.join(tmpdir(), 'hallq-bench-'));
const live: { stop(): Promise<void> }[] = [];
const cleanup = async () => {
  for (const p of live.splice(0)) await p.stop().catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
};
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

async function withServer<T>(
  dataDir: string,
  run: (s: ServerProcess) => Promise<T>,
  timeoutMs?: number,
): Promise<T> {
  const server = await spawnServer({
    dataDir,
    port: await freePort(),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  live.push(server);
  try {
    return await run(server);
  } finally {
    await server.stop();
    live.splice(live.indexOf(server), 1);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * RSS while the screens stay connected, read every 250 ms for 3 s (12
 * readings), the same for hallq and the bare server; the median is the
 * figure and the highest is shown beside it. Within a run the readings agree
 * to about 1 MB; between runs of one build the figure has moved by up to
 * 30 MB (RESULTS, run 22), so a single run's ratio is one sample.
 */
async function rssReadings(read: () => number): Promise<{ median: number; max: number }> {
  const values: number[] = [];
  for (let i = 0; i < 12; i++) {
    values.push(read());
    await settle(250);
  }
  values.sort((a, b) => a - b);
  return { median: round((values[5]! + values[6]!) / 2), max: round(values.at(-1)!) };
}

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

  log('floor: raw SQLite inserts, one synchronous=FULL transaction each');
  const floor = sqliteFloor(root, 20_000, args.quick ? 1_500 : 4_000);
  report.issue.floorPerSec = Math.round(floor.perSec);

  if (args.cases.includes('screens')) {
    const hallDir = path.join(root, 'hall');
    const rounds = args.rounds;
    log('preparing the demo hall: 34 clerks signed in, tickets queued for the call rounds');
    const hall = await prepareHall(hallDir, (rounds + 1) * args.clients.length);
    const windows = Object.keys(hall.windowTokens).sort(
      (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
    );

    await withServer(hallDir, async (server) => {
      await server.warmedUp();
      await settle(1_000);
      report.memory.idleMb = round(server.rssMb());
      log(
        `server pid ${server.pid} ready in ${Math.round(server.readyMs)} ms, idle RSS ${report.memory.idleMb} MB`,
      );
      const pool = new Pool(server.url, { connections: 40, pipelining: 1 });
      const held: Record<string, string> = {};
      const post = async (url: string, token: string, body: unknown) => {
        const res = await pool.request({
          path: url,
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const text = await res.body.text();
        return { status: res.statusCode, body: JSON.parse(text || '{}') as DayReply['body'] };
      };
      try {
        for (const n of args.clients) {
          log(`call to screen: ${n} clients on hallq`);
          const result: ScreenResult = await measureCallToScreen(
            {
              url: server.url,
              token: hall.displayToken,
              windows,
              async call(w) {
                const r = await post(
                  `/api/v1/windows/${w}/call-next`,
                  hall.windowTokens[w] ?? '',
                  {},
                );
                if (r.status !== 200)
                  throw new Error(`call-next ${w}: ${r.status} ${JSON.stringify(r.body)}`);
                held[w] = r.body.ticket?.id ?? '';
              },
              async afterRound() {
                await Promise.all(
                  windows.map((w) =>
                    post(`/api/v1/tickets/${held[w]}/finish`, hall.windowTokens[w] ?? '', {}),
                  ),
                );
                await settle(300);
              },
            },
            n,
            rounds,
            async () => {
              if (n !== 5_000) return;
              const rss = await rssReadings(() => server.rssMb());
              report.memory.with5000Mb = rss.median;
              report.memory.with5000MaxMb = rss.max;
            },
          );
          log(`call to screen: ${n} clients on a bare socket.io server`);
          const bare = await spawnBareServer(result.sample);
          live.push(bare);
          if (n === 5_000) {
            await settle(500);
            report.memory.floorIdleMb = round(rssOf(bare.pid));
          }
          const barePool = new Pool(bare.url, { connections: 40 });
          let floor: ScreenResult;
          try {
            floor = await measureCallToScreen(
              {
                url: bare.url,
                token: 'bare',
                windows,
                async call(w) {
                  const res = await barePool.request({
                    path: `/call/${w}`,
                    method: 'POST',
                    body: '{}',
                  });
                  await res.body.text();
                },
                // As hallq's round: each window finishes its call (one more message to every client).
                async afterRound() {
                  await Promise.all(
                    windows.map(async (w) => {
                      const res = await barePool.request({
                        path: `/finish/${w}`,
                        method: 'POST',
                        body: '{}',
                      });
                      await res.body.text();
                    }),
                  );
                  await settle(300);
                },
              },
              n,
              rounds,
              async () => {
                if (n !== 5_000) return;
                const rss = await rssReadings(() => rssOf(bare.pid));
                report.memory.floorWith5000Mb = rss.median;
                report.memory.floorWith5000MaxMb = rss.max;
              },
            );
          } finally {
            await barePool.close();
            await bare.stop();
            live.splice(live.indexOf(bare), 1);
          }
          report.callToScreen.push({
            clients: n,
            p50Ms: result.p50Ms,
            p99Ms: result.p99Ms,
            floorP50Ms: floor.p50Ms,
            floorP99Ms: floor.p99Ms,
            samples: result.samples,
            missing: result.missing + floor.missing,
            connected: result.connected,
            floorConnected: floor.connected,
          });
        }

        log(`simulated day: ${args.dayVisitors} visitors through the API`);
        const { midnightMs, weekday } = localDay(Date.now(), 'Asia/Shanghai');
        const day = await runSimulatedDay({
          catalog: hall.catalog,
          siteId: 'district',
          weekday,
          midnightMs,
          visitors: args.dayVisitors,
          seed: 7,
          kioskToken: hall.kioskToken,
          windowTokens: hall.windowTokens,
          send: (_m, url, token, body) => post(url, token, body),
        });
        report.day = {
          issued: day.issued,
          served: day.served,
          noShows: day.noShows,
          commands: day.commands,
        };
        await settle(1_000);
        report.memory.afterDayMb = round(server.rssMb());
      } finally {
        await pool.close();
      }
    });
  }

  if (args.cases.includes('issue')) {
    // A fresh hall for issuing, so its queues hold what the run itself issued
    // (a day is ~2,000 tickets), not the leftovers of the phases above.
    const issueDir = path.join(root, 'issue');
    const issueHall = await prepareHall(issueDir, 0);
    const everyDayItems = Object.values(issueHall.catalog.items)
      .filter((i) => issueHall.catalog.units[i.unitId]?.kind !== 'comprehensive')
      .map((i) => i.id);
    await withServer(issueDir, async (server) => {
      const load = { url: server.url, kioskToken: issueHall.kioskToken, itemIds: everyDayItems };
      // A hall server has been up for hours when the morning rush comes: warm
      // its JIT first, so the figures are not those of its first requests.
      await issueLoad({ ...load, tickets: 200, maxSeconds: 30 });
      // …and let it finish its start-up work (route schemas compiled in the
      // background, the ticket encoder loaded a second after listening).
      await server.warmedUp();
      await settle(3_000);
      log(`issue latency: ${args.paceTickets} tickets at 200 tickets/s`);
      const paced = await pacedIssue({
        ...load,
        tickets: args.paceTickets,
        rate: 200,
        maxSeconds: 60,
      });
      log(`issue throughput: ${args.issueTickets} tickets, 16 connections, as fast as they go`);
      const burst = await issueLoad({ ...load, tickets: args.issueTickets, maxSeconds: 60 });
      // The hall-model target: one unit's queue already 4,000 long (a queue
      // scan per ticket would show here), then timed issuing into it.
      const oneItem = everyDayItems.slice(0, 1);
      const waitingBefore = args.quick ? 1_000 : 4_000;
      log(`issue into one queue: filling it to ${waitingBefore} waiting, then timing`);
      await issueLoad({ ...load, itemIds: oneItem, tickets: waitingBefore, maxSeconds: 120 });
      const oneQueue = await issueLoad({
        ...load,
        itemIds: oneItem,
        tickets: args.issueTickets,
        maxSeconds: 60,
      });
      report.issue.oneQueue = {
        waitingBefore,
        ticketsPerSec: Math.round(oneQueue.ticketsPerSec),
        p99Ms: oneQueue.p99Ms,
      };
      report.issue = {
        ...report.issue,
        ticketsPerSec: Math.round(burst.ticketsPerSec),
        p50Ms: burst.p50Ms,
        p99Ms: burst.p99Ms,
        p99At200PerSecMs: paced.p99Ms,
        tickets: burst.issued + paced.issued,
        errors: burst.errors + paced.errors + oneQueue.errors,
      };
    });
  }

  if (args.cases.includes('callNext')) {
    // A fresh hall again: 4,000 waiting in the queues the calling windows serve.
    const callDir = path.join(root, 'call-next');
    const callHall = await prepareHall(callDir, 0);
    const callRate = 100;
    await withServer(callDir, async (server) => {
      await server.warmedUp();
      log(
        `call-next: ${args.callNextCalls} calls at ${callRate}/s by the windows serving today, 4,000 waiting`,
      );
      const r = await measureCallNext({
        url: server.url,
        kioskToken: callHall.kioskToken,
        catalog: callHall.catalog,
        windowTokens: callHall.windowTokens,
        waiting: 4_000,
        calls: args.callNextCalls,
        rate: callRate,
        maxSeconds: 120,
      });
      report.callNext = { ...r, ratePerSec: callRate, floorP99Ms: floor.p99Ms };
    });
  }

  if (args.cases.includes('history')) {
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

  if (args.cases.includes('spray')) {
    // Issue 11: logins must never block the hall.
    const sprayDir = path.join(root, 'spray');
    prepareDataDir(loadConfig({ HALLQ_DATA_DIR: sprayDir, LOG_LEVEL: 'silent', PORT: '0' }));
    log('login spray: 32 concurrent sign-ins with random usernames from one address, 10 s');
    report.spray = await withServer(sprayDir, async (s) => {
      // What the spray's password hashes leave resident (each is a 16 MiB scrypt buffer).
      const rssBeforeMb = s.rssMb();
      const spray = await measureLoginSpray({
        url: s.url,
        concurrency: 32,
        seconds: 10,
        idleRequests: 200,
      });
      await new Promise((r) => setTimeout(r, 1000));
      return { ...spray, rssBeforeMb, rssAfterMb: s.rssMb() };
    });
  }
  if (args.cases.includes('reports')) {
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
    log(
      `generated ${gen.tickets} tickets over ${gen.days} days; the first open builds the figures`,
    );
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
  if (args.cases.includes('sites')) {
    // Issue 15: the 17 halls at once stay within 10% of the district alone.
    const sitesDir = path.join(root, 'sites');
    log('sites: the demo hall, every clerk of the 17 halls signed in');
    prepareDataDir(loadConfig({ HALLQ_DATA_DIR: sitesDir, LOG_LEVEL: 'silent', PORT: '0' }));
    const plan = await prepareSites(sitesDir, credsOf(sitesDir));
    report.sites = await withServer(sitesDir, async (s) => {
      await s.warmedUp();
      return measureSites({
        url: s.url,
        plan,
        tickets: args.issueTickets,
        turns: args.callNextCalls,
        log,
      });
    });
  }
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
  await cleanup();
}
