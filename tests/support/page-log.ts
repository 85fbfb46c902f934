/**
 * What a page did, for the log of a failed e2e test: its console, its
 * uncaught errors, its socket's frames opened and closed, and (on failure)
 * the text it showed. A rare failure in CI is then explained by its own
 * log instead of a re-run.
 */
import type { Page } from 'playwright-core';

const KEEP = 200;

export interface PageLog {
  lines: string[];
}

/** Record the page's console, errors and websockets from now on. */
export function recordPage(page: Page): PageLog {
  const log: PageLog = { lines: [] };
  const add = (line: string) => {
    log.lines.push(`${new Date().toISOString()} ${line}`);
    if (log.lines.length > KEEP) log.lines.shift();
  };
  page.on('console', (m) => add(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) =>
    add(`requestfailed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) add(`response ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  page.on('websocket', (ws) => {
    add(`websocket open: ${ws.url()}`);
    ws.on('close', () => add(`websocket closed: ${ws.url()}`));
    ws.on('socketerror', (e) => add(`websocket error: ${e}`));
  });
  return log;
}

/** Print the log and the text the page shows now (from an afterEach of a failed test). */
export async function dumpPage(page: Page, name: string, log: PageLog): Promise<void> {
  const text = await page
    .evaluate(() => document.body.innerText)
    .catch((e: unknown) => `(page text unavailable: ${String(e)})`);
  console.error(
    [`--- ${name}: page log ---`, ...log.lines, `--- ${name}: page text ---`, text].join('\n'),
  );
}
