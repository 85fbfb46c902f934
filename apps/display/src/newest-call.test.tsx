// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { RecentCall } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import { NewestCall } from './newest-call';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function render(call: RecentCall | undefined) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <I18nProvider dict={dict}>
        <NewestCall call={call} />
      </I18nProvider>,
    ),
  );
  return host;
}

const call = (seq: number, recall = false): RecentCall => ({
  seq,
  at: 0,
  ticket: { id: `t${seq}`, number: 'A012', unitId: 'yibao' },
  window: { id: 'w5', number: 5 },
  recall,
});

describe('NewestCall', () => {
  it('shows "A012 → 5号窗口" and flashes', () => {
    const el = render(call(7));
    expect(el.querySelector('.hq-d-newest-inner')?.textContent).toBe('A012→5号窗口');
    expect(el.querySelector('.hq-d-flash')).not.toBeNull();
    expect(el.textContent).toContain('请 A012 号到 5 号窗口办理');
    expect(el.textContent).not.toContain('重呼');
  });

  it('marks a recall and restarts the flash for it', () => {
    const el = render(call(7));
    const first = el.querySelector('.hq-d-flash');
    act(() =>
      root!.render(
        <I18nProvider dict={dict}>
          <NewestCall call={call(9, true)} />
        </I18nProvider>,
      ),
    );
    const second = el.querySelector('.hq-d-flash');
    expect(second).not.toBe(first); // a new element: the CSS animation runs again
    expect(el.textContent).toContain('重呼');
  });

  it('says there is no call yet', () => {
    expect(render(undefined).textContent).toBe('暂无呼叫，请留意叫号');
  });
});
