// @vitest-environment happy-dom
/**
 * The caller's 代办 tab (全程代办, core Q28): it lists the window's open proxy
 * tickets as the server gives them (masked), offers only the steps their
 * state allows, sends 补充材料 with the ticked missing materials and the note,
 * and reads the list again when the socket says a proxy ticket changed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import type { HallFeed, HallqApi } from '@hallq/client';
import type { CatalogReply, ProxyTicketView } from '@hallq/protocol';
import { dict } from './dict';
import { ProxyPanel } from './proxy-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const proxy = (over: Partial<ProxyTicketView> = {}): ProxyTicketView => ({
  id: 'px_1',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB008',
  itemName: '门诊费用报销',
  agentSiteId: 'vil-001-1',
  agentSiteName: '大安街道一社区便民服务室',
  agent: { id: 'staff-a', name: '刘洋' },
  applicant: { name: '王**', phone: '139****5678' },
  masked: true,
  materials: ['居民身份证'],
  missing: [],
  note: '',
  status: 'submitted',
  trips: 1,
  registeredAt: 0,
  dueDay: '2026-12-14',
  dueAt: 1,
  overdue: false,
  calendarConfirmed: true,
  updatedAt: 0,
  steps: [],
  ...over,
});

const catalog = {
  items: [
    {
      id: 'YB008',
      guide: {
        materials: [
          { name: '居民身份证', form: 'original', copies: 1, required: true },
          { name: '门诊病历或诊断证明', form: 'copy', copies: 1, required: true },
        ],
      },
    },
  ],
} as unknown as CatalogReply;

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

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name);

describe('the 代办 tab', () => {
  it('asks for the ticked missing materials with a note, and reads again on a proxy message', async () => {
    let list = [proxy()];
    let listener: ((t: ProxyTicketView) => void) | undefined;
    const api = {
      proxyTickets: vi.fn(async () => ({ tickets: list })),
      proxyStep: vi.fn(async () => {
        list = [proxy({ status: 'materialsMissing', missing: ['门诊病历或诊断证明'] })];
        return { ticket: list[0] };
      }),
    };
    const feed = {
      onProxy: (l: (t: ProxyTicketView) => void) => {
        listener = l;
        return () => undefined;
      },
    };
    const onCount = vi.fn();
    act(() =>
      root.render(
        <I18nProvider dict={dict}>
          <ProxyPanel
            api={api as unknown as HallqApi}
            feed={feed as unknown as HallFeed}
            catalog={catalog}
            hidden={false}
            onCount={onCount}
          />
        </I18nProvider>,
      ),
    );
    await flush();
    expect(api.proxyTickets).toHaveBeenCalledWith({ status: 'open' });
    expect(onCount).toHaveBeenLastCalledWith(1);
    expect(host.textContent).toContain('王** 139****5678');
    expect(host.textContent).toContain('大安街道一社区便民服务室');
    // Submitted: accept or ask for materials, not finish yet.
    expect(button('受理')).toBeDefined();
    expect(button('办结')).toBeUndefined();

    act(() => button('补充材料')?.click());
    // Only what was not received is offered.
    const boxes = [...host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.parentElement?.textContent)).toEqual(['门诊病历或诊断证明']);
    act(() => boxes[0]?.click());
    const note = host.querySelector<HTMLTextAreaElement>('textarea')!;
    act(() => {
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      set.call(note, '请补充门诊病历');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => button('确定')?.click());
    await flush();
    expect(api.proxyStep).toHaveBeenCalledWith('px_1', {
      kind: 'askMaterials',
      note: '请补充门诊病历',
      materials: ['门诊病历或诊断证明'],
    });
    expect(host.textContent).toContain('待补材料');

    // Another clerk's step: the socket says so, the list is read again.
    list = [];
    act(() => listener?.(proxy({ status: 'accepted' })));
    await flush();
    expect(host.textContent).toContain('暂无代办件');
    expect(onCount).toHaveBeenLastCalledWith(0);
  });
});
