/**
 * The call-next case: a clerk's call-next with 4,000 waiting and 34 clerks
 * signed in, beside one raw SQLite transaction.
 */
import path from 'node:path';
import { measureCallNext } from './call-next-latency';
import { prepareHall } from './hall-setup';
import type { BenchReport } from './report';
import type { BenchRun } from './run-context';

export async function runCallNext(
  { args, log, root, withServer }: BenchRun,
  report: BenchReport,
  /** The raw SQLite floor measured at the start of the run. */
  floor: { p99Ms: number },
): Promise<void> {
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
