/** The bench's JSON shape and its table, with the issue's targets beside each figure. */
import type { BenchCase } from './args';
import type { SprayResult } from './login-spray';
import type { Machine } from './machine';
import type { ReadsResult } from './read-latency';
import { REPORT_FLOOR_P99_MS, type ReportsResult } from './report-latency';
import { SITES_FLOOR_RATIO, type SitesResult } from './sites-run';

export interface BenchReport {
  machine: Machine;
  quick: boolean;
  /** The cases this run measured (`--only`); the others' figures are empty. */
  cases: BenchCase[];
  issue: {
    ticketsPerSec: number;
    p50Ms: number;
    p99Ms: number;
    floorPerSec: number;
    p99At200PerSecMs: number;
    /** Tickets issued by the two runs (paced, then as fast as possible). */
    tickets: number;
    errors: number;
    /**
     * One queue already long: tickets/s (and p99) issuing into one unit's
     * queue while `waitingBefore` of its tickets wait (the hall-model target).
     */
    oneQueue: { waitingBefore: number; ticketsPerSec: number; p99Ms: number } | undefined;
  };
  /**
   * A clerk's call-next over HTTP with `waiting` tickets waiting and the 34
   * clerks signed in, the windows serving a unit today calling in turn;
   * floor: one raw SQLite synchronous=FULL transaction.
   */
  callNext:
    | {
        waiting: number;
        callingWindows: number;
        signedIn: number;
        ratePerSec: number;
        calls: number;
        p50Ms: number;
        p99Ms: number;
        floorP99Ms: number;
        errors: number;
        /** `GET /health` during the calls: what any request costs under that load. */
        health: { p50Ms: number; p99Ms: number; requests: number };
      }
    | undefined;
  callToScreen: {
    clients: number;
    p50Ms: number;
    p99Ms: number;
    floorP50Ms: number;
    floorP99Ms: number;
    samples: number;
    missing: number;
    /** Clients that connected (of `clients`), to hallq and to the bare server. */
    connected: number;
    floorConnected: number;
  }[];
  memory: {
    idleMb: number;
    /** With 5,000 screens connected: the median of 12 readings over 3 s, and the highest. */
    with5000Mb: number | null;
    with5000MaxMb?: number | null;
    afterDayMb: number;
    /** The bare socket.io floor server's RSS with the same 5,000 clients, read the same way. */
    floorWith5000Mb: number | null;
    floorWith5000MaxMb?: number | null;
    /** The bare server's RSS before its clients connect (what 5,000 clients add is then comparable). */
    floorIdleMb?: number | null;
  };
  /** Spawn → first GET /health 200 with a year of history, median of the trials. */
  coldStartMs: number;
  coldStart: {
    historyTickets: number;
    historyEvents: number;
    emptyMs: number;
    trialsMs: number[];
    emptyTrialsMs: number[];
    /** The first start on the generated history, which builds the day figures from the log. */
    firstOpenMs: number;
    /** scripts/generate-history.ts writing the history (not a server figure). */
    generateMs: number;
  };
  day: { issued: number; served: number; noShows: number; commands: number } | undefined;
  /**
   * A clerk's and a screen's reads on the cold-start hall's history, with the
   * 34 clerks signed in and calling; floor: GET /health in the same rotation.
   */
  reads: (ReadsResult & { historyTickets: number }) | undefined;
  /** GET /health during a 32-way login spray from one address, beside idle (issue 11). */
  spray: (SprayResult & { rssBeforeMb: number; rssAfterMb: number }) | undefined;
  /** GET /reports over a year of history by each grouping, beside call-next at the same time (issue 13). */
  reports?: ReportsResult | undefined;
  /** The district and its 16 township halls issuing and calling at once, beside the district alone (issue 15). */
  sites?: SitesResult | undefined;
}

const ok = (pass: boolean) => (pass ? '✓' : '✗');

export function printTable(r: BenchReport): void {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(
    `hallq bench — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; server: ${m.serverRuntime}${r.quick ? ' (quick)' : ''}`,
  );
  lines.push('');
  lines.push('| figure | hallq | floor | target |');
  lines.push('|---|---|---|---|');
  const i = r.issue;
  const has = (c: BenchCase) => r.cases.includes(c);
  lines.push(
    `| raw SQLite floor: one-row synchronous=FULL transactions/s | | ${i.floorPerSec} | |`,
  );
  if (has('issue')) {
    lines.push(
      `| issue: durable tickets/s (16 conns, ${i.tickets} tickets) | ${i.ticketsPerSec} | ${i.floorPerSec} (raw SQLite, FULL) | ≥ 1,000 ${ok(i.ticketsPerSec >= 1000)} |`,
    );
    lines.push(`| issue: p50 / p99 at full load | ${i.p50Ms} / ${i.p99Ms} ms | | |`);
    if (i.oneQueue) {
      lines.push(
        `| issue into one queue with ≥ ${i.oneQueue.waitingBefore} waiting: tickets/s (p99) | ${i.oneQueue.ticketsPerSec} (${i.oneQueue.p99Ms} ms) | ${i.floorPerSec} (raw SQLite, FULL) | ≥ 3,000 ${ok(i.oneQueue.ticketsPerSec >= 3000)}; ≥ 20% of the floor ${ok(i.oneQueue.ticketsPerSec >= 0.2 * i.floorPerSec)} (${Math.round((100 * i.oneQueue.ticketsPerSec) / i.floorPerSec)}%) |`,
      );
    }
    lines.push(
      `| issue: p99 at 200 tickets/s | ${i.p99At200PerSecMs} ms | | < 10 ms ${ok(i.p99At200PerSecMs < 10)} |`,
    );
  }
  const cn = r.callNext;
  if (cn)
    lines.push(
      `| call-next with ≥ ${cn.waiting} waiting, ${cn.signedIn} clerks signed in, ${cn.callingWindows} windows calling at ${cn.ratePerSec}/s: p50 / p99 (${cn.calls} calls) | ${cn.p50Ms} / ${cn.p99Ms} ms | ${cn.floorP99Ms} ms p99 (one raw SQLite FULL transaction); \`GET /health\` meanwhile ${cn.health.p50Ms} / ${cn.health.p99Ms} ms | p99 < 5 ms ${ok(cn.p99Ms < 5)} |`,
    );
  for (const c of r.callToScreen) {
    const aim = c.clients <= 100 ? 20 : c.clients >= 5000 ? 250 : undefined;
    const ratio = c.floorP99Ms > 0 ? c.p99Ms / c.floorP99Ms : NaN;
    const target =
      `p99 ≤ 1.5× floor ${ok(ratio <= 1.5)} (${ratio.toFixed(2)}×)` +
      (aim ? `; < ${aim} ms ${ok(c.p99Ms < aim)}` : '');
    const short =
      c.connected < c.clients || c.floorConnected < c.clients
        ? ` (only ${c.connected} / ${c.floorConnected} connected)`
        : '';
    lines.push(
      `| call → screen, ${c.clients} clients${short}: p50 / p99 | ${c.p50Ms} / ${c.p99Ms} ms | ${c.floorP50Ms} / ${c.floorP99Ms} ms (bare socket.io) | ${target} |`,
    );
  }
  const mem = r.memory;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  if (has('screens')) lines.push(`| server RSS idle | ${mem.idleMb} MB | | |`);
  const at5000 = r.callToScreen.find((c) => c.clients === 5000);
  if (at5000 && at5000.connected < 5000)
    lines.push(
      `| server RSS, 5,000 clients: not measured, only ${at5000.connected} connected to hallq | | | |`,
    );
  else if (mem.with5000Mb !== null) {
    const ratio = mem.floorWith5000Mb ? mem.with5000Mb / mem.floorWith5000Mb : NaN;
    lines.push(
      `| server RSS, 5,000 clients (median of 12 readings over 3 s; highest) | ${mem.with5000Mb} MB (${mem.with5000MaxMb ?? '–'}) | ${mem.floorWith5000Mb ?? '–'} MB (${mem.floorWith5000MaxMb ?? '–'}) (bare socket.io, read the same way) | ≤ 1.15× floor ${ok(ratio <= 1.15)} (${ratio.toFixed(2)}×); < 200 MB ${ok(mem.with5000Mb < 200)} |`,
    );
    if (mem.floorIdleMb && mem.floorWith5000Mb) {
      const ours = mem.with5000Mb - mem.idleMb;
      const bare = mem.floorWith5000Mb - mem.floorIdleMb;
      lines.push(
        `| what 5,000 clients add to RSS (with them − idle) | ${round1(ours)} MB | ${round1(bare)} MB (bare socket.io, idle ${mem.floorIdleMb} MB) | (information: ${(ours / bare).toFixed(2)}×) |`,
      );
    }
  }
  if (has('screens'))
    lines.push(`| server RSS after the simulated day | ${mem.afterDayMb} MB | | |`);
  const cs = r.coldStart;
  if (has('history')) {
    lines.push(
      `| cold start, ${cs.historyTickets.toLocaleString('en')} tickets of history (median of ${cs.trialsMs.join(', ')} ms) | ${r.coldStartMs} ms | ${cs.emptyMs} ms (empty hall) | < 1,000 ms ${ok(r.coldStartMs < 1000)} |`,
    );
    lines.push(
      `| first open of that history: day figures built from ${cs.historyEvents.toLocaleString('en')} events | ${cs.firstOpenMs} ms | ${r.coldStartMs} ms (cold start once built) | |`,
    );
  }
  if (r.day)
    lines.push(
      `| simulated day (${r.day.issued} tickets, ${r.day.commands} commands) | served ${r.day.served}, 过号 ${r.day.noShows} | | |`,
    );
  if (r.reads) {
    const rd = r.reads;
    const f = rd.floor;
    lines.push(
      `| reads on ${rd.historyTickets.toLocaleString('en')} tickets of history, ${rd.clerks} clerks signed in, ${rd.callingWindows} windows calling at ${rd.callRate}/s (${rd.calls} calls), ${rd.waiting} waiting: | | | |`,
    );
    for (const x of rd.reads)
      lines.push(
        `| ${x.route}: p50 / p99 (${x.requests} reqs) | ${x.p50Ms} / ${x.p99Ms} ms | ${f.p50Ms} / ${f.p99Ms} ms (GET /health) | p99 < 5 ms ${ok(x.p99Ms < 5)} |`,
      );
  }
  const missing = r.callToScreen.reduce((a, c) => a + c.missing, 0);
  const mb = (x: number) => Math.round(x * 10) / 10;
  const sp = r.spray;
  if (sp) {
    const ratio = sp.idleP99Ms > 0 ? sp.sprayP99Ms / sp.idleP99Ms : NaN;
    const replies = Object.entries(sp.statuses)
      .map(([code, n]) => `${n}× ${code}`)
      .join(', ');
    lines.push(
      `| GET /health during a ${sp.concurrency}-way login spray from one address, ${sp.seconds} s (${sp.logins} logins: ${replies}): p50 / p99 | ${sp.sprayP50Ms} / ${sp.sprayP99Ms} ms | ${sp.idleP50Ms} / ${sp.idleP99Ms} ms (idle) | p99 < 50 ms ${ok(sp.sprayP99Ms < 50)}; ≤ 3× idle ${ok(ratio <= 3)} (${ratio.toFixed(2)}×) |`,
      `| server RSS after that spray (its ${sp.statuses['401'] ?? 0} refused logins each hashed a password), 1 s later | ${mb(sp.rssAfterMb)} MB | ${mb(sp.rssBeforeMb)} MB (before it) | (information: the spray added ${mb(sp.rssAfterMb - sp.rssBeforeMb)} MB) |`,
    );
  }
  const rp = r.reports;
  if (rp) {
    const cn2 = rp.callNext;
    lines.push(
      `| reports ${rp.from} … ${rp.to} (${rp.historyTickets.toLocaleString('en')} tickets of history), one at a time while ${cn2.callingWindows} windows call at ${cn2.ratePerSec}/s: p50 / p99 (${rp.requests} reqs) | ${rp.p50Ms} / ${rp.p99Ms} ms | call-next at the same time: ${cn2.p50Ms} / ${cn2.p99Ms} ms (${cn2.calls} calls) | p99 < ${REPORT_FLOOR_P99_MS} ms ${ok(rp.p99Ms < REPORT_FLOOR_P99_MS)} |`,
    );
    for (const x of rp.byGroup)
      lines.push(
        `| ${x.by.startsWith('scores') || x.by.startsWith('ratings') ? x.by : `report by=${x.by}`} (${x.rows} rows): p50 / p99 (${x.requests} reqs) | ${x.p50Ms} / ${x.p99Ms} ms | | p99 < ${REPORT_FLOOR_P99_MS} ms ${ok(x.p99Ms < REPORT_FLOOR_P99_MS)} |`,
      );
  }
  const st = r.sites;
  if (st) {
    const { single: a, network: b } = st;
    const within = (x: number, floor: number) =>
      `${ok(x >= SITES_FLOOR_RATIO * floor)} (${(x / floor).toFixed(2)}×)`;
    lines.push(
      `| issue, ${b.sites} sites at once (16 kiosk connections, ${st.tickets} tickets a round, best of 2): tickets/s (p99) | ${b.issuePerSec}/s (${b.issueP99Ms} ms) | the district alone: ${a.issuePerSec}/s (${a.issueP99Ms} ms) | within 10% ${within(b.issuePerSec, a.issuePerSec)} |`,
      `| call-next + finish, ${st.workers} clerks at ${b.sites} sites (${st.turns} turns a round, best of 2): turns/s (call-next p99) | ${b.callsPerSec}/s (${b.callP99Ms} ms) | ${st.workers} clerks of the district alone: ${a.callsPerSec}/s (${a.callP99Ms} ms) | within 10% ${within(b.callsPerSec, a.callsPerSec)} |`,
    );
    if (a.errors + b.errors > 0)
      lines.push(
        '',
        `warning: in the sites case, ${a.errors + b.errors} issue, call or finish errors`,
      );
  }
  const readErrors = r.reads?.errors ?? 0;
  if (missing > 0 || i.errors > 0 || (cn?.errors ?? 0) > 0 || readErrors > 0)
    lines.push(
      '',
      `warning: ${missing} call events missing, ${i.errors} issue errors, ${cn?.errors ?? 0} call-next errors, ${readErrors} errors in the reads case's load`,
    );
  if (rp && (rp.errors > 0 || rp.callNext.errors > 0))
    lines.push(
      '',
      `warning: in the reports case, ${rp.errors} reports refused or failed, ${rp.callNext.errors} call-next or finish errors (the fill included)`,
    );
  console.log(lines.join('\n'));
}
