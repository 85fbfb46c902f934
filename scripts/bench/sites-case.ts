/**
 * The sites case: the district and its 16 township halls issuing and calling
 * at once, beside the district alone, on the same server in the same run.
 */
import path from 'node:path';
import { loadConfig, prepareDataDir } from '@hallq/server';
import type { BenchReport } from './report';
import type { BenchRun } from './run-context';
import { credsOf, measureSites, prepareSites } from './sites-run';

export async function runSites(
  { args, log, root, withServer }: BenchRun,
  report: BenchReport,
): Promise<void> {
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
