/**
 * A township hall's kiosk (issue 15, core Q26), in Chromium at the kiosk's
 * 1080×1920 on the real server: the demo's 大安街道便民服务中心 kiosk offers
 * its own 综合受理 with the district items it enabled (and not the
 * district's other units), and issues its own A001 even after the
 * district's kiosk has issued one. Both screens are saved and checked for
 * text cut off or drawn off screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import { textOverflows } from './display-fit-checks';
import { itemButton, mondayClock, openKiosk, screenshot, unitButton } from './kiosk-page';

let server: HallServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHallServer({ clock: mondayClock() });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a township hall's kiosk", () => {
  it('offers its 综合受理 and its enabled items, and numbers its own tickets', async () => {
    // The district's kiosk issues first: the township still starts at A001.
    const district = await fetch(`${server.url}/api/v1/tickets`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${server.deviceToken('kiosk')}`,
      },
      body: JSON.stringify({ itemId: 'YB002' }),
    });
    expect(district.status).toBe(201);

    const token = server.creds.devices.find((d) => d.id === 'twn-001-kiosk')!.token;
    const page = await openKiosk(browser, server, '', { token });
    await unitButton(page, 'twn-001-zh').waitFor();
    expect(await page.locator('[data-unit]').count()).toBe(1);
    expect(await page.locator('[data-unit="yibao"]').count()).toBe(0);
    // Its heading says any window takes any matter, not the district's weekday rota.
    expect(await page.locator('[data-kind="intake"] h2').textContent()).toBe(
      '综合受理（一窗受理，各窗口均可办理）',
    );
    expect(await page.evaluate(textOverflows)).toEqual([]);
    await screenshot(page, 'township-home');

    await unitButton(page, 'twn-001-zh').click();
    await itemButton(page, 'YB002').click();
    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toContain('A001');
    expect(await page.evaluate(textOverflows)).toEqual([]);
    await screenshot(page, 'township-ticket');
    await page.context().close();
  });
});
