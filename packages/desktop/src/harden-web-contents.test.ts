import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isOnOrigin } from './harden-web-contents';
import { fakeEvent, FakeWebContents } from './testing/fake-electron';

const SERVER = 'http://10.0.0.2:8080';

const hardened = (origin: string | null = SERVER) => {
  const contents = new FakeWebContents();
  const log = vi.fn();
  hardenWebContents(contents as unknown as WebContents, origin, log);
  return { contents, log };
};

/** Emit a navigation event and say whether it was let through. */
const navigate = (contents: FakeWebContents, eventName: string, url: string): boolean => {
  const event = fakeEvent({ url });
  contents.emit(eventName, event);
  return !event.defaultPrevented;
};

describe('hardenWebContents', () => {
  it('allows navigation within the server origin', () => {
    const { contents } = hardened();
    expect(navigate(contents, 'will-navigate', `${SERVER}/kiosk?lang=en`)).toBe(true);
    expect(navigate(contents, 'will-redirect', `${SERVER}/kiosk/`)).toBe(true);
  });

  it('blocks navigation, frame navigation and redirects to any other origin', () => {
    const { contents, log } = hardened();
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(contents, eventName, 'https://evil.example/')).toBe(false);
      // Same host, other port or scheme: another origin.
      expect(navigate(contents, eventName, 'http://10.0.0.2:9090/kiosk')).toBe(false);
      expect(navigate(contents, eventName, 'https://10.0.0.2:8080/kiosk')).toBe(false);
      expect(navigate(contents, eventName, 'file:///etc/passwd')).toBe(false);
    }
    expect(log).toHaveBeenCalledWith(expect.stringContaining('evil.example'));
  });

  it('denies every window.open, even to the server', () => {
    const { contents } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: `${SERVER}/kiosk` })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const { contents } = hardened();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: `${SERVER}/kiosk` });
    expect(event.defaultPrevented).toBe(true);
  });

  it('allows no navigation at all when there is no server origin (config error)', () => {
    const { contents } = hardened(null);
    expect(navigate(contents, 'will-navigate', `${SERVER}/kiosk`)).toBe(false);
  });
});

describe('isOnOrigin', () => {
  it('never matches opaque origins', () => {
    expect(isOnOrigin('data:text/html,hi', 'null')).toBe(false);
    expect(isOnOrigin('not a url', SERVER)).toBe(false);
    expect(isOnOrigin(`${SERVER}/display`, SERVER)).toBe(true);
  });
});
