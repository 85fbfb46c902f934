// @vitest-environment happy-dom
/**
 * The units', windows' and clerks' tables show 参评率, 满意率 and 差评率 as
 * percentages (— when nothing was rated), in Chinese and in English; the
 * days' tables keep to the queue's figures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ReportRow } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import { ReportTable } from './report-table';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row = (key: string, label: string, shares: (number | null)[]): ReportRow => ({
  key,
  label,
  issued: 6,
  served: 6,
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
  rated: 4,
  ratedShare: shares[0] ?? null,
  satisfiedShare: shares[1] ?? null,
  badCount: 2,
  badShare: shares[2] ?? null,
  casesOpened: 2,
  casesClosedOnTime: 1,
  rectifiedOnTimeShare: 0.5,
});

let root: Root | undefined;
let host: HTMLDivElement;
afterEach(() => {
  act(() => root?.unmount());
  host.remove();
});

function render(ratings: boolean, lang: 'zh-CN' | 'en' = 'zh-CN') {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <I18nProvider dict={dict} initial={lang}>
        <ReportTable
          rows={[row('w5', '5号窗口', [1, 2 / 3, 1 / 3]), row('w1', '1号窗口', [0, null, null])]}
          totals={row('total', '合计', [4 / 6, 0.5, 0.5])}
          nameKey="colName"
          ratings={ratings}
        />
      </I18nProvider>,
    ),
  );
  const heads = [...host.querySelectorAll('thead th')].map((th) => th.textContent);
  const cells = (tr: Element | null) =>
    [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
  const at = (tr: Element | null, name: string) => cells(tr)[heads.indexOf(name) - 1];
  return {
    heads,
    at,
    body: [...host.querySelectorAll('tbody tr')],
    foot: host.querySelector('tfoot tr'),
  };
}

describe('ReportTable: 好差评 columns', () => {
  it('参评率, 满意率 and 差评率 per row and in the totals, — for nothing rated', () => {
    const { heads, at, body, foot } = render(true);
    expect(heads.slice(-3)).toEqual(['参评率', '满意率', '差评率']);
    expect(['参评率', '满意率', '差评率'].map((h) => at(body[0]!, h))).toEqual([
      '100%',
      '66.7%',
      '33.3%',
    ]);
    expect(['参评率', '满意率', '差评率'].map((h) => at(body[1]!, h))).toEqual(['0%', '—', '—']);
    expect(['参评率', '满意率', '差评率'].map((h) => at(foot, h))).toEqual(['66.7%', '50%', '50%']);
  });

  it('in English', () => {
    expect(render(true, 'en').heads.slice(-3)).toEqual(['Rated', 'Satisfied', 'Bad reviews']);
  });

  it('a table without them (the days) keeps to the queue’s figures', () => {
    const { heads } = render(false);
    expect(heads).not.toContain('参评率');
    expect(heads.at(-1)).toBe('预警(黄/红)');
  });
});
