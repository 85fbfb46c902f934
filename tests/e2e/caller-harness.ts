/**
 * Shared steps of the caller e2e tests: issue tickets as the kiosk does,
 * open a caller page at 1366×768 and sign a clerk into a window, read what
 * the clerk's screen shows. Each test file still starts its own server.
 */
import { createApi, newIdempotencyKey, type HallqApi } from '@hallq/client';
import type { CatalogReply, TicketView } from '@hallq/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { HallServer } from '../support/hall-server';

export const VIEWPORT = { width: 1366, height: 768 };

export const apiFor = (server: HallServer, token?: string): HallqApi =>
  createApi({ baseUrl: server.url, token: () => token });

/** A ticket from the lobby kiosk (its device token), as a visitor would take it. */
export async function issue(server: HallServer, itemId: string): Promise<TicketView> {
  const kiosk = apiFor(server, server.deviceToken('kiosk'));
  return (await kiosk.issueTicket({ itemId }, newIdempotencyKey())).ticket;
}

/** Two windows serving the same unit today, and one of that unit's items (from the catalogue). */
export function pickUnit(catalog: CatalogReply, unitId: string) {
  const windows = catalog.windows
    .filter((w) => w.todayUnitIds.length === 1 && w.todayUnitIds[0] === unitId)
    .sort((a, b) => a.number - b.number);
  const items = catalog.items.filter((i) => i.unitId === unitId);
  if (windows.length < 2 || !items[0]) throw new Error(`unit ${unitId} lacks windows or items`);
  return { windows, items };
}

/** The demo account bound to a window: w05 for window 5. */
export const userOf = (windowNumber: number) => `w${String(windowNumber).padStart(2, '0')}`;

export interface CallerPage {
  context: BrowserContext;
  page: Page;
}

export async function openCaller(browser: Browser, server: HallServer): Promise<CallerPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/caller/`);
  await page.getByRole('button', { name: '登录并开窗' }).waitFor();
  return { context, page };
}

/**
 * Fill the sign-in form and wait for the window's main screen. The password
 * is the one the demo seed made for this account (the credentials file).
 */
export async function signIn(
  page: Page,
  server: HallServer,
  username: string,
  windowId: string,
): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(server.password(username));
  await page.getByLabel('窗口').selectOption(windowId);
  await page.getByRole('button', { name: '登录并开窗' }).click();
  await page.getByRole('region', { name: '当前号码' }).waitFor();
}

export async function openSignedIn(
  browser: Browser,
  server: HallServer,
  windowNumber: number,
): Promise<CallerPage> {
  const c = await openCaller(browser, server);
  await signIn(c.page, server, userOf(windowNumber), `w${windowNumber}`);
  return c;
}

/** The number the clerk's screen shows as current (waits until one shows). */
export const currentNumber = (page: Page) =>
  page.getByTestId('current-number').textContent({ timeout: 10_000 });

export const action = (page: Page, name: string) => page.locator(`button[data-action="${name}"]`);

/** Wait until an element with this test id shows exactly this text. */
export const waitForText = (page: Page, testId: string, text: string) =>
  page
    .getByTestId(testId)
    .filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) })
    .waitFor();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
