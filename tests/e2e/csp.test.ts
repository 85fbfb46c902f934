/**
 * The Content-Security-Policy holds in a real browser: each screen, the API
 * docs and the ticket status page load and draw with no CSP violation, and
 * an inline script injected into a page does not run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApi, newIdempotencyKey } from '@hallq/client';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';

let server: HallServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHallServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `url`, waits for `ready`, and returns every CSP violation the page reported. */
async function violationsOn(url: string, ready: (page: Page) => Promise<unknown>) {
  const page = await browser.newPage();
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  await ready(page);
  await page.waitForTimeout(300);
  return { page, seen };
}

describe('CSP in Chromium', () => {
  it('the kiosk, caller, display, /docs and the status page load without a violation', async () => {
    const kiosk = createApi({ baseUrl: server.url, token: () => server.deviceToken('kiosk') });
    const items = (await kiosk.catalog()).items;
    const { ticket } = await kiosk.issueTicket(
      { itemId: items[0]!.id, priority: 'normal' },
      newIdempotencyKey(),
    );
    const pages: [string, (p: Page) => Promise<unknown>][] = [
      [
        `/kiosk/?device=${server.deviceToken('kiosk')}`,
        (p) => p.locator('[data-unit]').first().waitFor(),
      ],
      ['/caller/', (p) => p.locator('input').first().waitFor()],
      [
        `/display/?device=${server.deviceToken('display')}`,
        (p) => p.getByText('大安区').first().waitFor(),
      ],
      ['/docs', (p) => p.locator('.swagger-ui').first().waitFor()],
      [`/t/${ticket.id}`, (p) => p.getByText(ticket.number).waitFor()],
    ];
    for (const [path, ready] of pages) {
      const { page, seen } = await violationsOn(`${server.url}${path}`, ready);
      expect(seen, path).toEqual([]);
      await page.close();
    }
  });

  it('an injected inline script does not run', async () => {
    const { page, seen } = await violationsOn(`${server.url}/caller/`, (p) =>
      p.locator('input').first().waitFor(),
    );
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForTimeout(200);
    expect(seen.some((t) => t.includes('script-src'))).toBe(true);
    await page.close();
  });
});
