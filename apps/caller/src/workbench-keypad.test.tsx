// @vitest-environment happy-dom
/**
 * The keypad on the clerk's screen (use-keypad.ts): a key that cannot act
 * says why instead, and F5 (过号) asks first as the site's settings say. The
 * feed and the server are scripted (test-support/workbench.tsx).
 */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { catalog, fakeServer, host, mountEachTest, settle, ticket } from './test-support/workbench';

/** This file's root: a test draws the screen again on a new one, with other site settings. */
let root: Root;
const render = mountEachTest({ get: () => root, set: (r) => (root = r) });

const press = (key: string) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
  });
const notice = () => host.querySelector('[data-testid="notice"]')?.textContent;
const confirmShown = () => host.querySelector('[data-testid="no-show-confirm"]') !== null;

describe('keys that cannot act, and a safe 过号', () => {
  it('while paused, F1 and F8 call nobody: the screen says to resume first', async () => {
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    server.state.window = { ...server.state.window, status: 'paused', pauseReason: '午休' };
    render(server);
    await settle();
    press('F1');
    press('F8');
    await settle();
    expect(server.calls.callNext).not.toHaveBeenCalled();
    expect(host.querySelector('[role="dialog"]')).toBeNull();
    expect(notice()).toBe('窗口暂停中，请先按 F7 恢复服务');
    const f1 = host.querySelector<HTMLButtonElement>('[data-action="callNext"]');
    expect(f1?.disabled).toBe(true);
  });

  it('过号 of a ticket never recalled asks first: Escape keeps it, Enter passes it', async () => {
    const server = fakeServer();
    server.state.window = { ...server.state.window, current: ticket('A001', { status: 'called' }) };
    render(server);
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(true);
    expect(server.calls.noShow).not.toHaveBeenCalled();
    act(() => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
    });
    await settle();
    expect(confirmShown()).toBe(false);
    expect(server.calls.noShow).not.toHaveBeenCalled();
    press('F5');
    await settle();
    act(() => host.querySelector<HTMLButtonElement>('.modal button[type="submit"]')?.click());
    await settle();
    expect(server.calls.noShow).toHaveBeenCalledTimes(1);
  });

  it('过号 of a ticket recalled once (the default N = 1) does not ask', async () => {
    const server = fakeServer();
    server.state.window = {
      ...server.state.window,
      current: ticket('A001', { status: 'called', recallCount: 1 }),
    };
    render(server);
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(false);
    expect(server.calls.noShow).toHaveBeenCalledTimes(1);
  });

  it('the site settings decide: N = 2 asks after one recall; confirmation off never asks', async () => {
    const server = fakeServer();
    server.state.window = {
      ...server.state.window,
      current: ticket('A001', { status: 'called', recallCount: 1 }),
    };
    render(server, vi.fn(), { ...catalog.hall, noShow: { confirm: true, unlessRecalls: 2 } });
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(true);
    act(() => root.unmount());
    root = createRoot(host);
    render(server, vi.fn(), { ...catalog.hall, noShow: { confirm: false, unlessRecalls: 2 } });
    await settle();
    press('F5');
    await settle();
    expect(confirmShown()).toBe(false);
    expect(server.calls.noShow).toHaveBeenCalledTimes(1);
  });
});
