/**
 * Where the server's time goes while issuing into one long queue (the
 * bench's `issue.oneQueue` case), outside `pnpm bench`:
 *
 *   tsx scripts/bench/profile-issue.ts [--waiting=4000] [--tickets=2000] [--prof=dir]
 *
 * Prints tickets/s; the server's own CPU time per ticket (from /proc), that
 * of its event loop's thread alone and how busy that thread was over the
 * run; and the load generator's CPU per ticket (this process, which shares
 * the machine's 2 cores with the server). With --prof it also writes the
 * server's V8 CPU profile (`node --cpu-prof`) to dir and prints its
 * heaviest functions by self time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareHall } from './hall-setup';
import { issueLoad } from './issue-throughput';
import { freePort } from './ports';
import { spawnServer } from './server-process';

const flag = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const waiting = Number(flag('waiting') ?? 4_000);
const tickets = Number(flag('tickets') ?? 2_000);
const profDir = flag('prof');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time by function, from a .cpuprofile (samples are evenly spaced). */
function topSelf(file: string, n: number): string[] {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    startTime: number;
    endTime: number;
  };
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const counts = new Map<string, number>();
  for (const id of prof.samples) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = prof.samples.length;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, c]) => `${((100 * c) / total).toFixed(1).padStart(5)}%  ${k}`);
}

const root = mkdtempSync(path.join(tmpdir(), 'hallq-prof-'));
try {
  const hall = await prepareHall(path.join(root, 'hall'), 0);
  const item = Object.values(hall.catalog.items).find(
    (i) => hall.catalog.units[i.unitId]?.kind !== 'comprehensive',
  );
  const server = await spawnServer({
    dataDir: hall.dataDir,
    port: await freePort(),
    ...(profDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] } : {}),
  });
  try {
    const load = { url: server.url, kioskToken: hall.kioskToken, itemIds: [item?.id ?? ''] };
    await issueLoad({ ...load, tickets: waiting, maxSeconds: 120 });
    const cpu0 = server.cpuMs();
    const main0 = server.mainThreadCpuMs();
    const wall0 = performance.now();
    const load0 = process.cpuUsage();
    const r = await issueLoad({ ...load, tickets, maxSeconds: 60 });
    const cpu = server.cpuMs() - cpu0;
    const mainCpu = server.mainThreadCpuMs() - main0;
    const wall = performance.now() - wall0;
    const loadCpu = process.cpuUsage(load0);
    const loadMs = (loadCpu.user + loadCpu.system) / 1000;
    console.log(
      `${Math.round(r.ticketsPerSec)} tickets/s into one queue with ${waiting} waiting ` +
        `(p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.errors} errors); ` +
        `server CPU ${(cpu / r.issued).toFixed(3)} ms per ticket, ` +
        `its main thread ${(mainCpu / r.issued).toFixed(3)} ms (busy ${Math.round((100 * mainCpu) / wall)}% of the run); ` +
        `the load generator ${(loadMs / r.issued).toFixed(3)} ms`,
    );
  } finally {
    await server.stop();
  }
  if (profDir) {
    const file = readdirSync(profDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(profDir, f))
      .sort()
      .at(-1);
    if (file) console.log(`${file}\n${topSelf(file, 40).join('\n')}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
