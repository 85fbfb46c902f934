// @vitest-environment happy-dom
/**
 * The supervisor's actions on a window: the visitor held at a window its
 * clerk left goes to a free window of the supervisor's choice; the window
 * is signed out only after a confirmation; a refusal shows the server's
 * message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ApiError } from '@hallq/client';
import type { WindowStateView } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import { freeWindows, WindowActions } from './window-actions';
import type { WindowActionsApi } from './window-actions-api';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const win = (id: string, number: number, more: Partial<WindowStateView> = {}): WindowStateView => ({
  id,
  number,
  name: `${number}号窗口`,
  status: 'open',
  todayUnitIds: ['yibao'],
  ...more,
});
const held = win('w5', 5, {
  staff: { id: 's5', name: '王芳', staffNo: '1005' },
  current: {
    id: 't1',
    number: 'A003',
    unitId: 'yibao',
    itemId: 'yb1',
    priority: 'normal',
    issuedAt: 0,
    transferCount: 0,
    status: 'called',
    calledAt: 0,
    recallCount: 0,
  },
});
const windows = [
  held,
  win('w8', 8, { staff: { id: 's8', name: '赵敏', staffNo: '1008' } }),
  win('w6', 6, { staff: { id: 's6', name: '李强', staffNo: '1006' } }),
  win('w7', 7, { status: 'paused' }),
  win('w9', 9, { status: 'signedOut' }),
  win('w10', 10, { current: { ...held.current!, id: 't2', number: 'A004' } }),
];

let host: HTMLDivElement;
let root: Root;
let api: { signOut: ReturnType<typeof vi.fn>; callTo: ReturnType<typeof vi.fn> };
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  api = { signOut: vi.fn(async () => undefined), callTo: vi.fn(async () => undefined) };
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (w: WindowStateView, list = windows) =>
  act(() =>
    root.render(
      <I18nProvider dict={dict}>
        <WindowActions api={api as unknown as WindowActionsApi} win={w} windows={list} />
      </I18nProvider>,
    ),
  );
const button = (text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
const click = (el: HTMLElement) => act(async () => el.click());
const choose = (el: HTMLSelectElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('window actions', () => {
  it('offers the open, free windows by number', () => {
    expect(freeWindows(windows, 'w5').map((w) => w.id)).toEqual(['w6', 'w8']);
  });

  it('calls the visitor held here to the free window chosen', async () => {
    await render(held);
    expect(host.textContent).toContain('A003 在此窗口');
    const select = host.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '6号窗口（李强）',
      '8号窗口（赵敏）',
    ]);
    await choose(select, 'w8');
    await click(button('呼叫到该窗口'));
    expect(api.callTo).toHaveBeenCalledWith('t1', 'w8');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('已请 A003 到 8号窗口');
  });

  it('signs the window out only once confirmed', async () => {
    await render(held);
    await click(button('签退此窗口'));
    expect(api.signOut).not.toHaveBeenCalled();
    expect(host.textContent).toContain('确认签退 5号窗口（王芳）？');
    await click(button('取消'));
    expect(button('签退此窗口')).toBeTruthy();
    await click(button('签退此窗口'));
    await click(button('确认签退'));
    expect(api.signOut).toHaveBeenCalledWith('w5');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('5号窗口 已签退');
  });

  it('shows the server’s refusal', async () => {
    api.callTo.mockRejectedValue(
      new ApiError(409, 'HALLQ_E_WINDOW_BUSY', '窗口正在办理中', 'The window is busy'),
    );
    await render(held);
    await click(button('呼叫到该窗口'));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('窗口正在办理中');
  });

  it('a signed-out window without a visitor offers nothing; no free window says so', async () => {
    await render(win('w9', 9, { status: 'signedOut' }));
    expect(host.querySelectorAll('button')).toHaveLength(0);
    await render(held, [held, windows[5]!]);
    expect(host.textContent).toContain('没有空闲窗口');
  });
});
