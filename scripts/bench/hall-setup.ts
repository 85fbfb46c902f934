/**
 * Prepares a data dir for a bench server before it is spawned: seeds the
 * demo hall and signs every clerk into their window, in this process, so the
 * measured server starts with 34 open windows. Sign-in is rate-limited per
 * address; each clerk comes from its own loopback address, as 34 terminals do.
 * Also queues the tickets the call rounds will call: every window gets one
 * per round, from its own unit's queue, or (support windows and a rota
 * window off duty) a ticket transferred to that very window.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { businessTime, unitsServedBy, type Catalog } from '@hallq/core';
import { buildApp, loadConfig, prepareDataDir, type DemoCredentials } from '@hallq/server';
import { BENCH_KIOSK_PER_MINUTE } from './server-process';

export interface PreparedHall {
  dataDir: string;
  creds: DemoCredentials;
  kioskToken: string;
  displayToken: string;
  /** Clerk session tokens by window id (w1 … w34). */
  windowTokens: Record<string, string>;
  catalog: Catalog;
  /** An item of an every-day unit (for the issue benchmark). */
  issueItemId: string;
}

type App = Awaited<ReturnType<typeof buildApp>>;

async function post(
  app: App,
  url: string,
  token: string | undefined,
  body: unknown,
  remote?: string,
) {
  const res = await app.inject({
    method: 'POST',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: body as object,
    ...(remote ? { remoteAddress: remote } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body) as { token?: string; ticket?: { id: string } };
}

export async function prepareHall(dataDir: string, callRounds: number): Promise<PreparedHall> {
  const config = loadConfig({
    HALLQ_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HALLQ_KIOSK_TICKETS_PER_MINUTE: String(BENCH_KIOSK_PER_MINUTE),
  });
  prepareDataDir(config);
  const creds = JSON.parse(
    readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  const device = (kind: 'kiosk' | 'display') =>
    creds.devices.find((d) => d.kind === kind && (d.siteId ?? 'district') === 'district')?.token ??
    '';
  const kioskToken = device('kiosk');
  const app = await buildApp({ config, logger: false, serveScreens: false });
  try {
    const catalog = app.hall.catalog;
    // The district hall's windows (the township halls have their own 1, 2, 3…).
    const windows = Object.values(catalog.windows)
      .filter((w) => w.siteId === 'district')
      .sort((a, b) => a.number - b.number);
    const windowTokens: Record<string, string> = {};
    for (const w of windows) {
      const username = `w${String(w.number).padStart(2, '0')}`;
      // The seed made each account's password at random: read it from the credentials file.
      const password = creds.staff.find((s) => s.username === username)?.password ?? '';
      const reply = await post(
        app,
        '/api/v1/auth/login',
        undefined,
        { username, password, windowId: w.id },
        `127.0.1.${w.number}`,
      );
      windowTokens[w.id] = reply.token ?? '';
    }
    const site = catalog.sites.district;
    const weekday = businessTime(Date.now(), site?.timeZone ?? 'Asia/Shanghai').weekday;
    const itemOf = (unitId: string) =>
      Object.values(catalog.items).find((i) => i.unitId === unitId)?.id ?? '';
    const issueItemId = itemOf('shebao');
    for (let r = 0; r < callRounds; r++) {
      for (const w of windows) {
        const units = unitsServedBy(w, weekday);
        if (units.length > 0) {
          await post(app, '/api/v1/tickets', kioskToken, { itemId: itemOf(units[0] as string) });
          continue;
        }
        // Nobody's queue reaches this window today: window 1 sends it a ticket.
        const t = await post(app, '/api/v1/tickets', kioskToken, { itemId: issueItemId });
        const id = t.ticket?.id ?? '';
        await post(app, '/api/v1/windows/w1/call', windowTokens.w1, {
          ticketId: id,
          reason: '转窗',
        });
        await post(app, `/api/v1/tickets/${id}/transfer`, windowTokens.w1, {
          toWindowId: w.id,
          position: 'back',
        });
      }
    }
    return {
      dataDir,
      creds,
      kioskToken,
      displayToken: device('display'),
      windowTokens,
      catalog,
      issueItemId,
    };
  } finally {
    await app.close();
  }
}
