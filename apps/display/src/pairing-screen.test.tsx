// @vitest-environment happy-dom
/**
 * A display without a token shows the server's pairing code, spaced for
 * reading across the hall; once an admin binds it the display keeps its
 * token and starts; a code the server no longer knows gives way to a new
 * one; while the server is unreachable it says so and keeps asking.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import { TOKEN_KEY } from './device-config';
import { dict } from './dict';
import { PairingScreen, spacedCode } from './pairing-screen';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Reply = { status: number; body: unknown } | 'offline';
let host: HTMLDivElement;
let root: Root;
let replies: Record<string, Reply[]>;
const asked: string[] = [];

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  asked.length = 0;
  localStorage.clear();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const key = `${init.method} ${new URL(url, 'http://hall').pathname}`;
    asked.push(key);
    const queue = replies[key] ?? [];
    const r = queue.length > 1 ? queue.shift()! : queue[0];
    if (!r || r === 'offline') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(r.body), { status: r.status });
  });
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

const START = 'POST /api/v1/devices/pairing';
const started = (code: string) => ({
  status: 201,
  body: { pairingId: `pairing-${code}-0000000000000`, code, expiresAt: 1 },
});
const statusOf = (code: string) => `GET /api/v1/devices/pairing/pairing-${code}-0000000000000`;
const waiting = (code: string) => ({
  status: 200,
  body: { status: 'waiting', code, expiresAt: 1 },
});
const render = (onPaired: (t: string) => void) =>
  act(() =>
    root.render(
      <I18nProvider dict={dict}>
        <PairingScreen onPaired={onPaired} pollMs={5} />
      </I18nProvider>,
    ),
  );
const wait = () => act(() => new Promise((r) => setTimeout(r, 60)));
const code = () => host.querySelector('[data-testid=pairing-code]')?.textContent;

describe('PairingScreen', () => {
  it('shows the code; once the admin binds it, the display keeps its token and starts', async () => {
    replies = {
      [START]: [started('025636')],
      [statusOf('025636')]: [
        waiting('025636'),
        {
          status: 200,
          body: {
            status: 'paired',
            token: 'hqd_new',
            device: { id: 'd9', kind: 'display', siteId: 's', name: '二楼' },
          },
        },
      ],
    };
    const onPaired = vi.fn();
    render(onPaired);
    await wait();
    expect(host.textContent).toContain('本显示屏尚未配置');
    expect(onPaired).toHaveBeenCalledTimes(1);
    expect(onPaired).toHaveBeenCalledWith('hqd_new');
    expect(localStorage.getItem(TOKEN_KEY)).toBe('hqd_new');
  });

  it('a code the server no longer knows gives way to a new one', async () => {
    const gone = { status: 404, body: { error: { code: 'HALLQ_E_PAIRING_CODE', message: 'x' } } };
    replies = {
      [START]: [started('111111'), started('222222')],
      [statusOf('111111')]: [gone],
      [statusOf('222222')]: [waiting('222222')],
    };
    render(() => {});
    await wait();
    expect(code()).toBe('222 222');
    expect(asked.filter((a) => a === START)).toHaveLength(2);
  });

  it('while the server is unreachable it says so, and shows a code when it answers', async () => {
    replies = { [START]: ['offline'] };
    render(() => {});
    await wait();
    expect(host.textContent).toContain('无法连接服务器，正在重试');
    replies = { [START]: [started('333333')], [statusOf('333333')]: [waiting('333333')] };
    await wait();
    expect(code()).toBe('333 333');
  });

  it('spaces the code in threes', () => {
    expect(spacedCode('025636')).toBe('025 636');
  });
});
