/**
 * A whole business day of the 大安区 hall on an injected clock: about 2,000
 * visitors arriving with the hall's morning and afternoon peaks, 29 windows
 * that serve units that Monday (the five support windows serve none), no-shows,
 * transfers, lunch and short pauses. The SPEC invariants are checked after
 * every command; memory must stay flat; the day's figures are printed.
 */
import { afterEach, expect, it } from 'vitest';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runSimulatedDay, localDay, type DayReport } from '../../scripts/sim/simulated-day';
import { MONDAY_0830, startInjectHall, type InjectHall } from '../support/reliability-hall';
import { watchInvariants } from '../support/reliability-invariants';

const FULL = process.env.HALLQ_RELIABILITY === 'full';
const VISITORS = 2_000;
/** A hall at about its capacity; the full run repeats the day with other populations. */
const SEEDS = FULL ? [20250303, 7, 424242] : [20250303];

// A heap reading means little without a collection first.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

let hall: InjectHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

it.each(SEEDS)(
  'a simulated day (seed %i) keeps every invariant, stays flat in memory and serves everyone',
  async (seed) => {
    const h = await startInjectHall(MONDAY_0830, { inMemoryFs: true });
    hall = h;
    const windowTokens: Record<string, string> = {};
    for (let n = 1; n <= 34; n++) windowTokens[`w${n}`] = await h.signIn(n);
    const checker = watchInvariants(h.app);
    const { midnightMs, weekday } = localDay(MONDAY_0830, 'Asia/Shanghai');
    const heap: Record<string, number> = {};

    const report: DayReport = await runSimulatedDay({
      catalog: h.app.hall.catalog,
      siteId: 'district',
      weekday,
      midnightMs,
      visitors: VISITORS,
      seed,
      kioskToken: h.kioskToken,
      windowTokens,
      setTime: (t) => h.clock.set(t),
      send: (method, url, token, body) => h.call(method, url, { token, body }),
      afterCommand: () => checker.checkState(),
      onMinute: (m) => {
        if (m === 10 * 60) heap.morning = heapMb();
        if (m === 14 * 60) heap.afternoon = heapMb();
      },
    });
    heap.end = heapMb();
    checker.stop();

    const units = h.app.hall.catalog.units;
    console.log(
      `\n模拟一天 (${VISITORS} 位办事群众): 取号 ${report.issued}, 办结 ${report.served}, ` +
        `过号 ${report.noShows}, 转移 ${report.transfers}, 暂停 ${report.pauses}, ` +
        `指令 ${report.commands}, 结束于 ${Math.floor(report.endedAtMin / 60)}:${String(report.endedAtMin % 60).padStart(2, '0')}`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(report.perUnit)
          .sort((a, b) => b[1].served - a[1].served)
          .map(([id, f]) => [
            units[id]?.shortName ?? id,
            { 叫号: f.served, '平均等待(分)': f.avgWaitMin, 'P90等待(分)': f.p90WaitMin },
          ]),
      ),
    );
    console.log(`heap MB: ${JSON.stringify(heap)}`);

    expect(checker.violations).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.issued).toBe(VISITORS);
    // Everyone who took a number was served, sent on, or missed their call.
    expect(report.leftOver).toBe(0);
    expect(report.served + report.noShows).toBe(VISITORS);
    expect(report.noShows).toBeGreaterThan(0);
    expect(report.transfers).toBeGreaterThan(0);
    expect(report.pauses).toBeGreaterThanOrEqual(29);
    // The server holds only active tickets: the end of the day costs no more than its peak.
    expect(heap.end as number).toBeLessThan((heap.morning as number) + 30);
    // Numbers unique per unit and day, in the durable record too.
    const dupes = h.app.db
      .prepare(
        `SELECT number, COUNT(*) AS n FROM tickets GROUP BY site_id, issued_unit_id, business_day, number HAVING n > 1`,
      )
      .all();
    expect(dupes).toEqual([]);
    const done = h.app.db
      .prepare(`SELECT status, COUNT(*) AS n FROM tickets GROUP BY status ORDER BY status`)
      .all();
    expect(done).toEqual([
      { status: 'done', n: report.served },
      { status: 'noShow', n: report.noShows },
    ]);
  },
  170_000,
);
