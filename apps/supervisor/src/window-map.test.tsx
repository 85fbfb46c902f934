// @vitest-environment happy-dom
/**
 * The window tiles as a supervisor reads them: state with a pause's reason
 * and return, clerk, number and time; a click opens the window's queue,
 * and on the wall a tile is not a button.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import type { ZoneGroup } from './hall-map';
import { WindowMap } from './window-map';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const MIN = 60_000;
const zones: ZoneGroup[] = [
  {
    zone: 'A区',
    windows: [
      {
        id: 'w5',
        number: 5,
        name: '5号窗口',
        state: 'serving',
        units: ['医保局'],
        clerk: '王芳',
        ticket: 'A003',
        serviceMs: 11 * MIN,
      },
      {
        id: 'w6',
        number: 6,
        name: '6号窗口',
        state: 'paused',
        units: ['医保局'],
        clerk: '李强',
        pauseReason: '午休',
        pauseUntil: '14:00',
        pausedMs: 35 * MIN,
        alert: 'red',
      },
    ],
  },
  {
    zone: 'B区',
    windows: [{ id: 'w9', number: 9, name: '9号窗口', state: 'signedOut', units: ['社保局'] }],
  },
];

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const tile = (n: number) => host.querySelector(`[data-window="${n}"]`) as HTMLElement;

describe('window map', () => {
  it('each tile reads its state, clerk, number and time; a click opens its queue', async () => {
    const onOpen = vi.fn();
    await act(() =>
      root.render(
        <I18nProvider dict={dict}>
          <WindowMap zones={zones} selected={undefined} onOpen={onOpen} />
        </I18nProvider>,
      ),
    );
    expect([...host.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['A区', 'B区']);
    expect(tile(5).textContent).toBe('5号医保局办理中 A003王芳办理 11分钟');
    expect(tile(6).textContent).toContain('暂停·午休');
    expect(tile(6).textContent).toContain('已暂停 35分钟');
    expect(tile(6).textContent).toContain('预计 14:00 恢复');
    expect(tile(6).dataset.level).toBe('red');
    expect(tile(9).textContent).toBe('9号社保局未登录无人');
    await act(() => tile(6).click());
    expect(onOpen).toHaveBeenCalledWith('w6');
  });

  it('on the wall the tiles are not buttons', async () => {
    await act(() =>
      root.render(
        <I18nProvider dict={dict}>
          <WindowMap zones={zones} selected={undefined} onOpen={undefined} />
        </I18nProvider>,
      ),
    );
    expect(host.querySelectorAll('button')).toHaveLength(0);
    expect(tile(5).textContent).toContain('A003');
  });
});
