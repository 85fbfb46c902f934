import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardDevTools, isDevelopment } from './devtools';
import { fakeEvent, FakeWebContents } from './testing/fake-electron';
import { windowOptions } from './window-options';

const guarded = (development: boolean) => {
  const contents = new FakeWebContents();
  const log = vi.fn();
  guardDevTools(contents as unknown as WebContents, development, log);
  return { contents, log };
};

const press = (contents: FakeWebContents, key: string) => {
  const event = fakeEvent();
  contents.emit('before-input-event', event, { type: 'keyDown', key });
  return event;
};

describe('DevTools', () => {
  it('are on only with HALLQ_DESKTOP_DEV=1', () => {
    expect(isDevelopment({})).toBe(false);
    expect(isDevelopment({ HALLQ_DESKTOP_DEV: '0' })).toBe(false);
    expect(isDevelopment({ HALLQ_DESKTOP_DEV: 'true' })).toBe(false);
    expect(isDevelopment({ NODE_ENV: 'development' })).toBe(false);
    expect(isDevelopment({ HALLQ_DESKTOP_DEV: '1' })).toBe(true);
  });

  it('are disabled in the window options unless asked for', () => {
    expect(windowOptions('kiosk').webPreferences?.devTools).toBe(false);
    expect(windowOptions('fullscreen', { preloadPath: '/p.cjs' }).webPreferences?.devTools).toBe(
      false,
    );
    expect(windowOptions('fullscreen', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('are closed at once if they open outside development, and F12 does nothing', () => {
    const { contents, log } = guarded(false);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('DevTools'));
    const event = press(contents, 'F12');
    expect(event.defaultPrevented).toBe(false);
    expect(contents.toggleDevTools).not.toHaveBeenCalled();
  });

  it('open with F12 in development', () => {
    const { contents } = guarded(true);
    expect(press(contents, 'F12').defaultPrevented).toBe(true);
    expect(contents.toggleDevTools).toHaveBeenCalledTimes(1);
    press(contents, 'a');
    expect(contents.toggleDevTools).toHaveBeenCalledTimes(1);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).not.toHaveBeenCalled();
  });
});
