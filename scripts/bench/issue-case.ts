/**
 * The issue case: durable tickets/s via POST /api/v1/tickets on a fresh hall,
 * paced at 200/s, then as fast as they go, then into one queue already long.
 */
import path from 'node:path';
import { prepareHall } from './hall-setup';
import { issueLoad, pacedIssue } from './issue-throughput';
import type { BenchReport } from './report';
import { settle, type BenchRun } from './run-context';

export async function runIssue(
  { args, log, root, withServer }: BenchRun,
  report: BenchReport,
): Promise<void> {
  // A fresh hall for issuing, so its queues hold what the run itself issued
  // (a day is ~2,000 tickets), not the leftovers of the cases run before it.
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
