// @vitest-environment happy-dom
/**
 * The alert stream as a supervisor uses it: the rule's Chinese name and the
 * subject, newest first; 确认 asks for a note, shows the server's coded
 * refusal as it words it, and shows the alert acknowledged once accepted.
 * On the wall there is nothing to press.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, type HallqApi } from '@hallq/client';
import type { AlertView } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { AlertStream } from './alert-stream';
import type { Names } from './alert-text';
import { dict } from './dict';
import { KEYS } from './live-keys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const T0 = Date.parse('2025-06-02T10:31:00+08:00');
const names: Names = {
  window: (id) => ({ w5: '5号窗口' })[id],
  unit: (id) => ({ yibao: '医保局' })[id],
  staff: () => undefined,
};
const wait: AlertView = {
  id: 'a1',
  rule: 'long-wait',
  level: 'yellow',
  siteId: 'district',
  unitId: 'yibao',
  ticketId: 't1',
  detail: { number: 'A001', waitMinutes: 30, limitMinutes: 30 },
  openedAt: T0,
};
const idle: AlertView = {
  id: 'a2',
  rule: 'window-idle',
  level: 'red',
  siteId: 'district',
  windowId: 'w5',
  detail: { idleMinutes: 10, limitMinutes: 5 },
  openedAt: T0 + 60_000,
};

let host: HTMLDivElement;
let root: Root;
let client: QueryClient;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  client = new QueryClient();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (node: ReactNode) =>
  act(() =>
    root.render(
      <QueryClientProvider client={client}>
        <I18nProvider dict={dict}>{node}</I18nProvider>
      </QueryClientProvider>,
    ),
  );
const stream = (api: Partial<HallqApi>, alerts: AlertView[], controls = true) => (
  <AlertStream
    api={api as HallqApi}
    alerts={alerts}
    names={names}
    timeZone="Asia/Shanghai"
    controls={controls}
  />
);
const cards = () => [...host.querySelectorAll('article')];
const button = (text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
const click = (el: HTMLElement) => act(() => el.click());
const type = (el: HTMLTextAreaElement, value: string) =>
  act(() => {
    const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    set.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('alert stream', () => {
  it('lists open alerts newest first, with level, rule name, subject, measure and time', async () => {
    await render(stream({}, [wait, idle]));
    const [first, second] = cards();
    expect(first!.dataset.level).toBe('red');
    expect(first!.textContent).toContain('红色');
    expect(first!.textContent).toContain('窗口闲置');
    expect(first!.textContent).toContain('5号窗口');
    expect(first!.textContent).toContain('10 分钟未叫号（上限 5）');
    expect(second!.textContent).toContain('等候超时');
    expect(second!.textContent).toContain('医保局 · A001号');
    expect(second!.textContent).toContain('10:31 发生');
  });

  it('acknowledging shows the server’s refusal, then the alert as acknowledged', async () => {
    const acked: AlertView = {
      ...wait,
      acknowledgedAt: T0 + 120_000,
      acknowledgedBy: { id: 's1', name: '效能监察员' },
      note: '已安排6号窗口接待',
    };
    const ackAlert = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(400, 'HALLQ_E_NOTE_REQUIRED', '请填写处理说明', 'A note is required'),
      )
      .mockResolvedValueOnce({ alert: acked });
    client.setQueryData(KEYS.alerts, [wait]);
    await render(stream({ ackAlert }, [wait]));
    await click(button('确认'));
    await click(button('提交'));
    await settle();
    expect(ackAlert).toHaveBeenLastCalledWith('a1', '');
    const refusal = host.querySelector('[role=alert]');
    expect(refusal?.textContent).toContain('请填写处理说明');
    expect(refusal?.textContent).toContain('HALLQ_E_NOTE_REQUIRED');

    await type(host.querySelector('textarea')!, '  已安排6号窗口接待 ');
    await click(button('提交'));
    await settle();
    expect(ackAlert).toHaveBeenLastCalledWith('a1', '已安排6号窗口接待');
    // The list the screen reads now holds the acknowledged alert.
    const list = client.getQueryData<AlertView[]>(KEYS.alerts)!;
    await render(stream({ ackAlert }, list));
    expect(cards()[0]!.textContent).toContain('已确认：效能监察员 10:33');
    expect(cards()[0]!.textContent).toContain('已安排6号窗口接待');
    expect(button('确认')).toBeUndefined();
  });

  it('on the wall there is no button to press', async () => {
    await render(stream({}, [wait, idle], false));
    expect(cards()).toHaveLength(2);
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });
});
