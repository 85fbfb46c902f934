/** The spray case: GET /health during a 32-way login spray from one address, beside idle. */
import path from 'node:path';
import { loadConfig, prepareDataDir } from '@hallq/server';
import { measureLoginSpray } from './login-spray';
import type { BenchReport } from './report';
import type { BenchRun } from './run-context';

export async function runSpray(
  { log, root, withServer }: BenchRun,
  report: BenchReport,
): Promise<void> {
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
