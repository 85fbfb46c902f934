// @vitest-environment happy-dom
/**
 * 统计报表 for the district's staff: ticking 含乡镇 asks every section with
 * includeChildren and shows 各服务中心, one row per site; a township hall's
 * page has no such box.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReportReply, ReportRow } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import type { ReportApi, ReportQuery } from './report-api';
import { ReportPage } from './report-page';

// The charts draw on a canvas the test DOM has not: a box stands in for each.
vi.mock('./report-chart', () => ({
  Chart: ({ label }: { label: string }) => <div aria-label={label} />,
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.UTC(2026, 10, 23, 2, 0);

// The figures the page shows here; a row's other columns do not matter to it.
const row = (key: string, label: string, issued: number): ReportRow =>
  ({
    key,
    label,
    issued,
    served: issued,
    noShow: 0,
    transferredOut: 0,
    cancelled: 0,
    avgWaitMs: 0,
    p90WaitMs: 0,
    maxWaitMs: 0,
    avgServiceMs: 0,
    p90ServiceMs: 0,
    outOfOrderCalls: 0,
    alertsYellow: 0,
    alertsRed: 0,
  }) as ReportRow;

const reply = (q: ReportQuery): ReportReply => ({
  siteId: 'district',
  from: q.from,
  to: q.to,
  by: q.by,
  rows:
    q.by === 'site'
      ? [row('district', '区政务服务中心', 5), row('twn-001', '牛佛镇便民服务中心', 3)]
      : [row('k', 'k', q.includeChildren ? 8 : 5)],
  totals: row('total', '合计', q.includeChildren ? 8 : 5),
});

let root: Root | undefined;
let host: HTMLDivElement;
afterEach(() => {
  act(() => root?.unmount());
  host.remove();
});

async function render(district: boolean) {
  const asked: ReportQuery[] = [];
  const api: ReportApi = {
    report: vi.fn(async (q: ReportQuery) => {
      asked.push(q);
      return reply(q);
    }),
    exportFile: vi.fn(),
  };
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  act(() =>
    root!.render(
      <QueryClientProvider client={client}>
        <I18nProvider dict={dict}>
          <ReportPage
            api={api}
            timeZone="Asia/Shanghai"
            now={NOW}
            onBack={() => {}}
            district={district}
          />
        </I18nProvider>
      </QueryClientProvider>,
    ),
  );
  await act(() => new Promise((r) => setTimeout(r, 30)));
  return asked;
}

const box = () =>
  [...host.querySelectorAll('label')]
    .find((l) => l.textContent?.includes('含乡镇'))
    ?.querySelector('input');

describe('统计报表 含乡镇', () => {
  it('the district ticks 含乡镇: the sections ask includeChildren and 各服务中心 lists each site', async () => {
    const asked = await render(true);
    expect(host.querySelector('[data-testid="sites-table"]')).toBeNull();
    expect(asked.every((q) => !q.includeChildren)).toBe(true);
    act(() => box()!.click());
    await act(() => new Promise((r) => setTimeout(r, 30)));
    const sites = host.querySelector('[data-testid="sites-table"]')!;
    const names = [...sites.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names).toEqual(['区政务服务中心', '牛佛镇便民服务中心']);
    const merged = asked.filter((q) => q.includeChildren).map((q) => q.by);
    expect(merged).toEqual(
      expect.arrayContaining(['site', 'weekdayHour', 'day', 'unit', 'window']),
    );
  });

  it('a township hall has no 含乡镇 box', async () => {
    const asked = await render(false);
    expect(box()).toBeUndefined();
    expect(asked.every((q) => !q.includeChildren)).toBe(true);
  });
});
