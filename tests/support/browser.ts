/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser),
 * with the flags that keep it quiet on a machine without internet. Playwright
 * gives every launch a fresh, empty profile.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = () => existsSync(CHROMIUM);

export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium fonts-wqy-zenhei (.ci/run does)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where e2e tests write the screenshots the README shows. */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '..', 'screenshots');
