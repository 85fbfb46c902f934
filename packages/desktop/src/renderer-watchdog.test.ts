import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crashDelay, watchRenderer } from './renderer-watchdog';
import { fakeEvent, FakeWebContents } from './testing/fake-electron';

const APP_URL = 'http://10.0.0.2:8080/display';
const WAITING = 'data:text/html,waiting';

const watched = () => {
  const window = {
    webContents: new FakeWebContents(),
    destroyed: false,
    isDestroyed: () => window.destroyed,
  };
  const stop = watchRenderer(window as unknown as BrowserWindow, {
    appUrl: APP_URL,
    waitingPageUrl: WAITING,
    retryLoadMs: 5_000,
    crashDelayMs: 1_000,
    maxCrashDelayMs: 8_000,
    crashResetMs: 60_000,
    log: () => undefined,
  });
  return { window, contents: window.webContents, stop };
};

const crash = (contents: FakeWebContents) =>
  contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });

const failLoad = (contents: FakeWebContents, code = -102, url = APP_URL, isMainFrame = true) =>
  contents.emit(
    'did-fail-load',
    fakeEvent(),
    code,
    'ERR_CONNECTION_REFUSED',
    url,
    isMainFrame,
    1,
    1,
  );

describe('renderer watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the app again after the renderer crashes', () => {
    const { contents } = watched();
    crash(contents);
    expect(contents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(contents.loadURL).toHaveBeenCalledWith(APP_URL);
  });

  it('backs off on a crash loop, up to the bound', () => {
    const { contents } = watched();
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = Date.now();
      crash(contents);
      const calls = contents.loadURL.mock.calls.length;
      for (
        let waited = 0;
        waited < 60_000 && contents.loadURL.mock.calls.length === calls;
        waited += 100
      ) {
        vi.advanceTimersByTime(100);
      }
      delays.push(Date.now() - before);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('starts the backoff again after a long quiet spell', () => {
    const { contents } = watched();
    crash(contents);
    vi.advanceTimersByTime(1_000);
    crash(contents);
    vi.advanceTimersByTime(2_000);
    vi.advanceTimersByTime(10 * 60_000);
    contents.loadURL.mockClear();
    crash(contents);
    vi.advanceTimersByTime(1_000);
    expect(contents.loadURL).toHaveBeenCalledWith(APP_URL);
  });

  it('shows the waiting page and retries when the server is down at boot', () => {
    const { contents } = watched();
    failLoad(contents);
    expect(contents.loadURL).toHaveBeenLastCalledWith(WAITING);
    vi.advanceTimersByTime(4_999);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(contents.loadURL).toHaveBeenLastCalledWith(APP_URL);
    // Still down: it keeps trying.
    failLoad(contents);
    vi.advanceTimersByTime(5_000);
    expect(contents.loadURL.mock.calls.filter(([url]) => url === APP_URL)).toHaveLength(2);
  });

  it('ignores aborted loads and failures in sub-frames', () => {
    const { contents } = watched();
    failLoad(contents, -3);
    failLoad(contents, -102, 'http://10.0.0.2:8080/frame', false);
    vi.advanceTimersByTime(60_000);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('does nothing once the window is gone, or after stop()', () => {
    const first = watched();
    crash(first.contents);
    first.window.destroyed = true;
    vi.advanceTimersByTime(60_000);
    expect(first.contents.loadURL).not.toHaveBeenCalled();

    const second = watched();
    failLoad(second.contents);
    second.stop();
    vi.advanceTimersByTime(60_000);
    expect(second.contents.loadURL).not.toHaveBeenCalledWith(APP_URL);
  });
});

describe('crashDelay', () => {
  it('doubles from the initial delay and stops at the maximum', () => {
    expect([1, 2, 3, 10, 100].map((n) => crashDelay(n, 500, 30_000))).toEqual([
      500, 1_000, 2_000, 30_000, 30_000,
    ]);
  });
});
