// @vitest-environment happy-dom
/**
 * 绩效考评 as a supervisor reads it: a month's scores per clerk coloured by
 * grade, a row opening its deductions with a link to the alert behind one,
 * the quarter and the units a click away, the export asked of the server,
 * and the page in English.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AlertView, ScoresReply } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import type { AlertGroupQuery, ScoresApi, ScoresQuery } from './scores-api';
import { ScoresPage } from './scores-page';
import { periodsAt, routeOf } from './scores-view';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TZ = 'Asia/Shanghai';
/** Monday 2026-11-23 10:00 in Shanghai. */
const NOW = Date.UTC(2026, 10, 23, 2, 0);

const reply = (q: ScoresQuery): ScoresReply => ({
  siteId: 'district',
  period: q.period,
  by: q.by,
  from: 0,
  to: 1,
  baseScore: 100,
  grades: { excellent: 95, good: 85, pass: 70 },
  rows:
    q.by === 'clerk'
      ? [
          {
            key: 's5',
            label: '王芳（1005）',
            score: 94,
            grade: 'good',
            deductions: [
              { rule: 'bad-rating', level: 1, points: -3, at: NOW, ratingId: 'rt-1' },
              { rule: 'window-idle', level: 'red', points: -2, at: NOW + 60_000, alertId: 'al-9' },
              { rule: 'late-follow-up', points: -1, at: NOW + 2 * 86_400_000, caseId: 'case-1' },
            ],
          },
          {
            key: 's8',
            label: '孙丽（1008）',
            score: 97,
            grade: 'excellent',
            deductions: [
              {
                rule: 'service-overrun',
                level: 'yellow',
                points: -1.5,
                at: NOW - 86_400_000,
                n: 3,
                lastAt: NOW + 3_600_000,
              },
              {
                rule: 'window-idle',
                level: 'yellow',
                points: -2,
                at: NOW - 3_600_000,
                n: 2,
                lastAt: NOW - 40 * 60_000,
              },
            ],
          },
          { key: 's6', label: '李强（1006）', score: 100, grade: 'excellent', deductions: [] },
          { key: 's7', label: '赵敏（1007）', score: 60, grade: 'fail', deductions: [] },
        ]
      : [{ key: 'yibao', label: '区医疗保险管理局', score: 88, grade: 'good', deductions: [] }],
});

const alert: AlertView = {
  id: 'al-9',
  rule: 'window-idle',
  level: 'red',
  siteId: 'district',
  windowId: 'w5',
  detail: {},
  openedAt: NOW + 60_000,
  closedAt: NOW + 30 * 60_000,
  closeReason: 'visitor-called',
};

let host: HTMLDivElement;
let root: Root;
let api: { [K in keyof ScoresApi]: ReturnType<typeof vi.fn> };
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  api = {
    scores: vi.fn(async (q: ScoresQuery) => reply(q)),
    exportFile: vi.fn(async () => undefined),
    alert: vi.fn(async () => alert),
    // Two pages, as the server gives a long group: the newest two, then the third.
    alertsOf: vi.fn(async (_q: AlertGroupQuery, after?: string) =>
      after === undefined
        ? {
            alerts: [
              {
                ...alert,
                id: 'al-12',
                rule: 'service-overrun',
                level: 'yellow',
                openedAt: NOW + 3_600_000,
              },
              { ...alert, id: 'al-11', rule: 'service-overrun', level: 'yellow', openedAt: NOW },
            ],
            next: `${NOW}_al-11`,
          }
        : {
            alerts: [
              {
                ...alert,
                id: 'al-10',
                rule: 'service-overrun',
                level: 'yellow',
                openedAt: NOW - 3_600_000,
              },
            ],
          },
    ),
  };
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const render = async (alertId?: string) => {
  await act(() =>
    root.render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <I18nProvider dict={dict}>
          <ScoresPage
            api={api as unknown as ScoresApi}
            timeZone={TZ}
            now={NOW}
            {...(alertId ? { alertId } : {})}
            onBack={() => undefined}
          />
        </I18nProvider>
      </QueryClientProvider>,
    ),
  );
  await settle();
};
const button = (text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
const rows = () =>
  [...host.querySelectorAll('tr.sc-row')].map((r) =>
    [...r.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent),
  );
const click = async (el: HTMLElement) => {
  await act(() => el.click());
  await settle();
};

describe('绩效考评 page', () => {
  it('lists this month’s scores per clerk, coloured by grade', async () => {
    await render();
    expect(api.scores).toHaveBeenCalledWith({ period: '2026-11', by: 'clerk' });
    expect(rows()).toEqual([
      ['王芳（1005）', '94', '良好', '3'],
      ['孙丽（1008）', '97', '优秀', '5'],
      ['李强（1006）', '100', '优秀', '无扣分'],
      ['赵敏（1007）', '60', '不合格', '无扣分'],
    ]);
    expect([...host.querySelectorAll('tr.sc-row')].map((r) => r.className)).toEqual([
      'sc-row sc-good',
      'sc-row sc-excellent',
      'sc-row sc-excellent',
      'sc-row sc-fail',
    ]);
    expect(host.textContent).toContain('满分 100；优秀 ≥ 95，良好 ≥ 85，合格 ≥ 70');
  });

  it('a click on 得分 sorts the rows, lowest first, then highest, then as listed', async () => {
    await render();
    const sort = host.querySelector('button.sc-sort') as HTMLButtonElement;
    await click(sort);
    expect(rows().map((r) => r[1])).toEqual(['60', '94', '97', '100']);
    expect(sort.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await click(sort);
    expect(rows().map((r) => r[1])).toEqual(['100', '97', '94', '60']);
    await click(sort);
    expect(rows().map((r) => r[0])).toEqual([
      '王芳（1005）',
      '孙丽（1008）',
      '李强（1006）',
      '赵敏（1007）',
    ]);
  });

  it('a row opens its deductions, the alert one a link to the alert', async () => {
    await render();
    await click(button('明细'));
    const items = [...host.querySelectorAll('.sc-details li')].map((li) => li.textContent);
    expect(items).toEqual([
      '2026年11月23日 10:00差评（非常不满意）-3评价 rt-1',
      '2026年11月23日 10:01窗口闲置（红色）-2告警 al-9',
      '2026年11月25日 10:00回访超期-1整改单 case-1',
    ]);
    const link = host.querySelector('.sc-details a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#scores/alert/al-9');
    await click(button('收起'));
    expect(host.querySelector('.sc-details')).toBeNull();
  });

  it('alike alerts are one line with their count and span, listing its alerts on request', async () => {
    await render();
    await click(host.querySelector('tr.sc-row[data-key="s8"] button') as HTMLButtonElement);
    const line = host.querySelector('.sc-details li')!;
    expect(line.textContent).toBe(
      '2026年11月22日 10:00 至 2026年11月23日 11:00办理超时（黄色） ×3-1.5列出这 3 条告警',
    );
    expect(api.alertsOf).not.toHaveBeenCalled();
    await click(button('列出这 3 条告警'));
    const group = {
      by: 'clerk',
      key: 's8',
      from: 0,
      to: 1,
      rule: 'service-overrun',
      level: 'yellow',
    };
    expect(api.alertsOf).toHaveBeenCalledWith(group, undefined);
    const listed = [...line.querySelectorAll('.sc-group li')].map((li) => li.textContent);
    expect(listed).toEqual([
      '2026年11月23日 11:00 结束于 2026年11月23日 10:30（visitor-called）',
      '2026年11月23日 10:00 结束于 2026年11月23日 10:30（visitor-called）',
    ]);
    expect(line.querySelector('.sc-group a')?.getAttribute('href')).toBe('#scores/alert/al-12');
    // Within one day, the day once.
    expect([...host.querySelectorAll('.sc-details li .sc-when')].at(-1)?.textContent).toBe(
      '2026年11月23日 09:00 至 09:20',
    );
    // The server gave 2 of the 3: the list says it is not all of them, and goes on.
    expect(line.textContent).toContain('已列出最近的 2 条（共 3 条）');
    await click(button('继续列出更早的告警'));
    expect(api.alertsOf).toHaveBeenLastCalledWith(group, `${NOW}_al-11`);
    expect([...line.querySelectorAll('.sc-group li a')].map((a) => a.getAttribute('href'))).toEqual(
      ['#scores/alert/al-12', '#scores/alert/al-11', '#scores/alert/al-10'],
    );
    expect(line.textContent).not.toContain('已列出最近');
    expect(line.querySelector('.sc-group button')).toBeNull();
    await click(button('收起告警'));
    expect(line.querySelector('.sc-group')).toBeNull();
  });

  it('the linked alert shows what it was and how it closed', async () => {
    await render('al-9');
    await settle();
    expect(api.alert).toHaveBeenCalledWith('al-9', NOW + 60_000);
    const box = host.querySelector('.sc-alert')!;
    expect(box.textContent).toContain('告警详情 · al-9');
    expect(box.textContent).toContain('窗口闲置（红色）');
    expect(box.textContent).toContain('发生于 2026年11月23日 10:01');
    expect(box.textContent).toContain('结束于 2026年11月23日 10:30（visitor-called）');
  });

  it('the quarter, the units, and the export are a click away', async () => {
    await render();
    await click(button('季度'));
    expect(api.scores).toHaveBeenLastCalledWith({ period: '2026-Q4', by: 'clerk' });
    const options = [...host.querySelectorAll('select option')].map((o) => o.textContent);
    expect(options).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']);
    await click(button('按部门'));
    expect(api.scores).toHaveBeenLastCalledWith({ period: '2026-Q4', by: 'unit' });
    expect(rows()).toEqual([['区医疗保险管理局', '88', '良好', '无扣分']]);
    await click(button('导出 Excel'));
    expect(api.exportFile).toHaveBeenCalledWith({ period: '2026-Q4', by: 'unit' }, 'xlsx');
    await click(button('导出 CSV'));
    expect(api.exportFile).toHaveBeenLastCalledWith({ period: '2026-Q4', by: 'unit' }, 'csv');
  });

  it('reads in English', async () => {
    await render();
    await click(button('EN'));
    expect(rows()[0]).toEqual(['王芳（1005）', '94', 'Good', '3']);
    expect(button('Export Excel')).toBeTruthy();
    await click(button('Details'));
    expect(host.querySelector('.sc-details li')!.textContent).toContain('Bad rating');
  });

  it('a refused read says why', async () => {
    api.scores.mockRejectedValue(new Error('没有权限进行此操作'));
    await render();
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('没有权限进行此操作');
  });
});

describe('绩效考评 periods and address', () => {
  it('offers this month and the eleven before, this quarter and the three before', () => {
    const p = periodsAt(Date.UTC(2026, 0, 31, 17, 0), TZ); // 2026-02-01 01:00 in Shanghai
    expect(p.months.slice(0, 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(p.months).toHaveLength(12);
    expect(p.months.at(-1)).toBe('2025-03');
    expect(p.quarters).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
  });

  it('#scores is the page, #scores/alert/<id> an alert on it', () => {
    expect(routeOf('')).toEqual({ view: 'board' });
    expect(routeOf('#scores')).toEqual({ view: 'scores' });
    expect(routeOf('#scores/alert/al-9')).toEqual({ view: 'scores', alertId: 'al-9' });
  });
});
