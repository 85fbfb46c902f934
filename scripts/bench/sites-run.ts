/**
 * The hall run with 17 sites active at once (issue 15, 三级联动): the district
 * hall and its 16 township halls issue and call on one server, beside the
 * district alone, in the same run and on the same server.
 *
 * Each phase is closed-loop with the same concurrency, so only the spread
 * over sites differs:
 * - issue: 16 kiosk connections issue `tickets` as fast as they go; alone,
 *   all from the district's kiosk; across the network, ticket i from site
 *   i mod 17's own kiosk, one of the items that site takes;
 * - call: `workers` clerks each call the next visitor and finish with them,
 *   `turns` times over all; alone, the district's windows; across the network,
 *   one window of each township hall and the rest at the district. Their
 *   queues are filled first (not timed), so no call finds its queue empty.
 * Phases alternate (alone, network, alone, network) and each keeps its best
 * round. Floor: the network's throughputs within 10% of the district alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { businessTime, unitsServedBy, type Catalog } from '@hallq/core';
import { buildApp, loadConfig, type DemoCredentials } from '@hallq/server';
import { Pool } from 'undici';
import { BENCH_KIOSK_PER_MINUTE } from './server-process';
import { summarize } from './stats';

/** A site's kiosk and the items it issues; its calling windows with their clerks' tokens. */
interface SitePlan {
  siteId: string;
  kioskToken: string;
  itemIds: string[];
  /** Window id → [clerk token, an item queued at a unit the window serves today]. */
  windows: [string, string, string][];
}

export interface SitesPlan {
  sites: SitePlan[];
}

export interface SitesPhase {
  sites: number;
  issuePerSec: number;
  issueP99Ms: number;
  callsPerSec: number;
  callP99Ms: number;
  errors: number;
}

export interface SitesResult {
  tickets: number;
  turns: number;
  workers: number;
  single: SitesPhase;
  network: SitesPhase;
}

/** Within 10% of the district alone. */
export const SITES_FLOOR_RATIO = 0.9;

/**
 * Signs every township clerk into their window (the district's are signed
 * in by prepareHall) and plans each site's kiosk, items and windows.
 */
export async function prepareSites(dataDir: string, creds: DemoCredentials): Promise<SitesPlan> {
  const config = loadConfig({
    HALLQ_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HALLQ_KIOSK_TICKETS_PER_MINUTE: String(BENCH_KIOSK_PER_MINUTE),
  });
  const app = await buildApp({ config, logger: false, serveScreens: false });
  try {
    const catalog: Catalog = app.hall.catalog;
    const weekday = businessTime(
      Date.now(),
      catalog.sites.district?.timeZone ?? 'Asia/Shanghai',
    ).weekday;
    const halls = Object.values(catalog.sites)
      .filter((s) => s.level !== 'village')
      .sort((a, b) =>
        a.level === b.level ? a.id.localeCompare(b.id) : a.level === 'district' ? -1 : 1,
      );
    const sites: SitePlan[] = [];
    let address = 0;
    for (const site of halls) {
      const kiosk = creds.devices.find(
        (d) => d.kind === 'kiosk' && (d.siteId ?? 'district') === site.id,
      );
      if (!kiosk) throw new Error(`no kiosk at ${site.id}`);
      const itemIds =
        site.level === 'district'
          ? Object.values(catalog.items)
              .filter((i) => {
                const unit = catalog.units[i.unitId];
                return unit?.siteId === site.id && unit.kind !== 'comprehensive' && !i.dailyQuota;
              })
              .map((i) => i.id)
          : (site.enabledItemIds ?? []).filter((id) => catalog.items[id]?.enabled !== false);
      const windows: [string, string, string][] = [];
      for (const w of Object.values(catalog.windows)
        .filter((x) => x.siteId === site.id)
        .sort((a, b) => a.number - b.number)) {
        const units = unitsServedBy(w, weekday);
        if (units.length === 0) continue;
        // A township's items all queue at its intake unit; a district window's unit has its own.
        const item =
          site.level === 'district'
            ? Object.values(catalog.items).find((i) => i.unitId === units[0] && !i.dailyQuota)?.id
            : itemIds[0];
        if (!item) continue;
        const username = site.level === 'district' ? `w${String(w.number).padStart(2, '0')}` : w.id;
        const password = creds.staff.find((s) => s.username === username)?.password ?? '';
        address++;
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password, windowId: w.id },
          remoteAddress: `127.0.${2 + Math.floor(address / 200)}.${(address % 200) + 1}`,
        });
        if (res.statusCode !== 200)
          throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
        windows.push([w.id, (JSON.parse(res.body) as { token: string }).token, item]);
      }
      sites.push({ siteId: site.id, kioskToken: kiosk.token, itemIds, windows });
    }
    return { sites };
  } finally {
    await app.close();
  }
}

/** Reads the seeded credentials file of a data dir. */
export const credsOf = (dataDir: string): DemoCredentials =>
  JSON.parse(readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;

interface Job {
  path: string;
  token: string;
  body: unknown;
}

/** `n` requests by `workers` connections as fast as they go: per second, p99, failures. */
async function closedLoop(
  pool: Pool,
  n: number,
  workers: number,
  job: (i: number) => Job | Job[],
): Promise<{ perSec: number; p99Ms: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const send = async (j: Job, timed = true) => {
    const sent = performance.now();
    const res = await pool.request({
      path: j.path,
      method: 'POST',
      headers: { authorization: `Bearer ${j.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(j.body),
      headersTimeout: 10_000,
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) {
      errors++;
      return undefined;
    }
    if (timed) latencies.push(performance.now() - sent);
    return JSON.parse(text) as { ticket?: { id: string } };
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < n; i = next++) {
        const j = job(i);
        if (!Array.isArray(j)) {
          await send(j).catch(() => errors++);
          continue;
        }
        // A clerk's turn: call-next (timed), then finish the visitor it called.
        const [call, finish] = j as [Job, Job];
        const called = await send(call).catch(() => undefined);
        const id = called?.ticket?.id;
        if (!id) {
          errors++;
          continue;
        }
        await send({ ...finish, path: finish.path.replace(':id', id) }, false).catch(
          () => errors++,
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSec: n / seconds, p99Ms: summarize(latencies).p99, errors };
}

export async function measureSites(o: {
  url: string;
  plan: SitesPlan;
  tickets: number;
  turns: number;
  log: (msg: string) => void;
}): Promise<SitesResult> {
  const district = o.plan.sites[0]!;
  const townships = o.plan.sites.slice(1);
  const workers = Math.min(32, district.windows.length);
  // The network's clerks: one window of each township hall, the rest at the district.
  const networkWindows = [
    ...townships.map((s) => s.windows[0]!).filter(Boolean),
    ...district.windows,
  ].slice(0, workers);
  const singleWindows = district.windows.slice(0, workers);
  const pool = new Pool(o.url, { connections: 40, pipelining: 1 });
  const kioskOf = new Map(o.plan.sites.flatMap((s) => s.windows.map((w) => [w[0], s] as const)));

  /** Fills each window's queue with the visitors its turns will call (not timed). */
  const fill = async (windows: [string, string, string][]) => {
    const perWindow = Math.ceil(o.turns / windows.length) + 1;
    const jobs = windows.flatMap(([w, , item]) =>
      Array.from({ length: perWindow }, () => ({
        path: '/api/v1/tickets',
        token: kioskOf.get(w)!.kioskToken,
        body: { itemId: item },
      })),
    );
    await closedLoop(pool, jobs.length, 16, (i) => jobs[i]!);
  };
  const phase = async (sites: SitePlan[], windows: [string, string, string][]) => {
    const issue = await closedLoop(pool, o.tickets, 16, (i) => {
      const s = sites[i % sites.length]!;
      return {
        path: '/api/v1/tickets',
        token: s.kioskToken,
        body: { itemId: s.itemIds[Math.floor(i / sites.length) % s.itemIds.length] },
      };
    });
    await fill(windows);
    const call = await closedLoop(pool, o.turns, windows.length, (i) => {
      const [w, token] = windows[i % windows.length]!;
      return [
        { path: `/api/v1/windows/${w}/call-next`, token, body: {} },
        { path: '/api/v1/tickets/:id/finish', token, body: {} },
      ];
    });
    return {
      sites: sites.length,
      issuePerSec: Math.round(issue.perSec),
      issueP99Ms: issue.p99Ms,
      callsPerSec: Math.round(call.perSec),
      callP99Ms: call.p99Ms,
      errors: issue.errors + call.errors,
    };
  };
  const best = (a: SitesPhase | undefined, b: SitesPhase): SitesPhase =>
    !a
      ? b
      : {
          sites: b.sites,
          issuePerSec: Math.max(a.issuePerSec, b.issuePerSec),
          issueP99Ms: Math.min(a.issueP99Ms, b.issueP99Ms),
          callsPerSec: Math.max(a.callsPerSec, b.callsPerSec),
          callP99Ms: Math.min(a.callP99Ms, b.callP99Ms),
          errors: a.errors + b.errors,
        };
  try {
    o.log('sites: warm-up, the 17 halls issuing and calling');
    await phase(o.plan.sites, networkWindows);
    let single: SitesPhase | undefined;
    let network: SitesPhase | undefined;
    for (let round = 1; round <= 2; round++) {
      o.log(`sites: round ${round}, the district alone (${singleWindows.length} clerks)`);
      single = best(single, await phase([district], singleWindows));
      o.log(`sites: round ${round}, the 17 halls at once (${networkWindows.length} clerks)`);
      network = best(network, await phase(o.plan.sites, networkWindows));
    }
    return { tickets: o.tickets, turns: o.turns, workers, single: single!, network: network! };
  } finally {
    await pool.close();
  }
}
