// @vitest-environment happy-dom
/**
 * A window's queue beside the hall map: the next QUEUE_PANEL_ROWS visitors
 * as the server lists them, and how many more wait after them, from the
 * whole queue's summary; a calm line when nobody waits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import {
  EMPTY_QUEUE_SUMMARY,
  QUEUE_PANEL_ROWS,
  type CatalogReply,
  type TicketView,
  type WindowQueueReply,
} from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import { QueuePanel } from './queue-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.UTC(2026, 11, 2, 2, 0);
const win = {
  id: 'w5',
  siteId: 'district',
  number: 5,
  name: '5号窗口',
  zone: 'A区',
  kind: 'permanent',
  unitIds: ['yibao'],
  todayUnitIds: ['yibao'],
} as CatalogReply['windows'][number];
const ticket = (k: number): TicketView => ({
  id: `t${k}`,
  number: `A${String(k).padStart(3, '0')}`,
  status: 'waiting',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB001',
  priority: 'normal',
  businessDay: '2026-12-02',
  issuedAt: NOW - 60_000,
  ahead: k - 1,
  estimatedWaitMs: 0,
  recallCount: 0,
  transferCount: 0,
  front: false,
});

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

async function show(reply: WindowQueueReply) {
  const windowQueue = vi.fn(async () => reply);
  await act(async () => {
    root.render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider dict={dict}>
          <QueuePanel
            api={{ windowQueue } as unknown as HallqApi}
            window={win}
            now={NOW}
            onClose={() => undefined}
          />
        </I18nProvider>
      </QueryClientProvider>,
    );
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return windowQueue;
}

describe("a window's queue beside the map", () => {
  it('lists the next visitors the server gave and says how many more wait', async () => {
    const listed = Array.from({ length: QUEUE_PANEL_ROWS }, (_, k) => ticket(k + 1));
    const windowQueue = await show({
      tickets: listed,
      summary: { ...EMPTY_QUEUE_SUMMARY, total: QUEUE_PANEL_ROWS + 23 },
    });
    expect(windowQueue).toHaveBeenCalledWith('w5', QUEUE_PANEL_ROWS);
    expect(host.querySelectorAll('li.sv-queue-row')).toHaveLength(QUEUE_PANEL_ROWS);
    expect(host.querySelector('li.sv-queue-row b')?.textContent).toBe('A001');
    expect(host.querySelector('[data-testid="queue-more"]')?.textContent).toBe('之后还有 23 人');
  });

  it('says nobody waits, with no "more" line', async () => {
    await show({ tickets: [], summary: EMPTY_QUEUE_SUMMARY });
    expect(host.textContent).toContain('没有人在等候此窗口');
    expect(host.querySelector('[data-testid="queue-more"]')).toBeNull();
  });
});
