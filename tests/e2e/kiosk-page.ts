/**
 * Shared by the kiosk's e2e tests: a 1080×1920 portrait page on the kiosk,
 * the browser's clock pinned to the server's (a Monday morning, so the
 * comprehensive-window rota is known), and typed API clients.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createApi } from '@hallq/client';
import { ManualClock } from '@hallq/server';
import type { HallServer } from '../support/hall-server';
import { SCREENSHOT_DIR } from '../support/browser';

/** Monday 2 June 2025, 10:00 in the hall: open, and 教育局 is on the rota (周一、周四). */
export const MONDAY_10AM = Date.parse('2025-06-02T10:00:00+08:00');

export const mondayClock = () => new ManualClock(MONDAY_10AM);

export async function openKiosk(
  browser: Browser,
  server: HallServer,
  query = '',
  options: { token?: string | null; init?: () => void } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // A script to run before the page's own (a speechSynthesis recorder, say).
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  // The header clock shows the same Monday as the server; timers still run.
  await page.clock.setFixedTime(MONDAY_10AM);
  const token = options.token === undefined ? server.deviceToken('kiosk') : options.token;
  const params = new URLSearchParams(query);
  if (token) params.set('device', token);
  const qs = params.toString();
  await page.goto(`${server.url}/kiosk/${qs ? `?${qs}` : ''}`);
  return page;
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `kiosk-${name}.png`) });

/** The kiosk's own API client (device token), as a second kiosk would use it. */
export const kioskApi = (server: HallServer) =>
  createApi({ baseUrl: server.url, token: () => server.deviceToken('kiosk') });

/** An admin session. */
export async function adminApi(server: HallServer) {
  const { token } = await createApi({ baseUrl: server.url }).login({
    username: 'admin',
    password: server.password('admin'),
  });
  return createApi({ baseUrl: server.url, token: () => token });
}

export const unitButton = (page: Page, unitId: string) => page.locator(`[data-unit="${unitId}"]`);
export const itemButton = (page: Page, itemId: string) => page.locator(`[data-item="${itemId}"]`);

/** Type on the kiosk's on-screen letter pad, as a visitor would. */
export async function tapLetters(page: Page, letters: string) {
  for (const ch of letters) await page.getByRole('button', { name: ch, exact: true }).click();
}

/**
 * Take the server down as a crash would: connections cut at once. (A graceful
 * stop waits for the browser's spare keep-alive sockets, which Chromium only
 * uses, and so lets go of, at its next request.)
 */
export async function crash(server: HallServer): Promise<void> {
  server.app.server.closeAllConnections();
  await server.stop();
}
