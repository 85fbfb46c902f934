/**
 * Keeps an unattended screen showing the hall page: reloads after a renderer
 * crash (with a growing, bounded delay so a page that crashes on load does
 * not spin the CPU), and retries when the page fails to load, e.g. when the
 * machine boots before the server does.
 */
import type { BrowserWindow } from 'electron';

export interface WatchdogOptions {
  /** The page to load again after a crash or a failed load. */
  appUrl: string;
  /** Shown while waiting to retry a failed load; omitted: keep the failed page. */
  waitingPageUrl?: string;
  /** Delay before retrying a failed load. */
  retryLoadMs?: number;
  /** First delay after a crash; doubled for each crash in a row. */
  crashDelayMs?: number;
  /** The longest delay after a crash. */
  maxCrashDelayMs?: number;
  /** A crash this long after the previous one starts the backoff again. */
  crashResetMs?: number;
  log?: (message: string) => void;
}

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

/** The delay before reloading after the `crashesInARow`-th crash (1-based). */
export function crashDelay(crashesInARow: number, initialMs: number, maxMs: number): number {
  return Math.min(initialMs * 2 ** Math.max(0, crashesInARow - 1), maxMs);
}

/** Start watching; returns a function that cancels pending reloads. */
export function watchRenderer(window: BrowserWindow, options: WatchdogOptions): () => void {
  const {
    appUrl,
    waitingPageUrl,
    retryLoadMs = 5_000,
    crashDelayMs = 1_000,
    maxCrashDelayMs = 60_000,
    crashResetMs = 5 * 60_000,
    log = console.warn,
  } = options;
  const contents = window.webContents;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let crashesInARow = 0;
  let lastCrashAt = Number.NEGATIVE_INFINITY;

  /** One pending reload at a time: a later reason replaces an earlier one. */
  const schedule = (delayMs: number, action: () => void): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!window.isDestroyed()) action();
    }, delayMs);
  };

  const load = (url: string): void => {
    // A failed load is reported through did-fail-load; the promise adds nothing.
    contents.loadURL(url).catch(() => undefined);
  };

  contents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    crashesInARow = now - lastCrashAt > crashResetMs ? 1 : crashesInARow + 1;
    lastCrashAt = now;
    const delay = crashDelay(crashesInARow, crashDelayMs, maxCrashDelayMs);
    log(`hallq: renderer gone (${details.reason}), reloading in ${delay} ms`);
    // Load the app afresh rather than reload(): the page that crashed may be the waiting page.
    schedule(delay, () => load(appUrl));
  });

  contents.on('did-fail-load', (_event, errorCode, description, url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    // The waiting page itself cannot fail in a way a retry would fix.
    if (waitingPageUrl && url === waitingPageUrl) return;
    log(
      `hallq: ${url} failed to load (${errorCode} ${description}), retrying in ${retryLoadMs} ms`,
    );
    if (waitingPageUrl) load(waitingPageUrl);
    schedule(retryLoadMs, () => load(appUrl));
  });

  return () => clearTimeout(timer);
}
