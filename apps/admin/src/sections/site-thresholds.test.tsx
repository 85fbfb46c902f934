// @vitest-environment happy-dom
/**
 * 大厅设置: the 电子监察 thresholds show S7's priority calls beyond the ratio
 * and S12's unrated share (and its minimum finished) with the values in
 * force, and 绩效考评's scheme the points of the rules `rating` (差评与未评价)
 * and `rectification-overdue` (差评整改超期); a save sends only what was
 * changed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { CatalogReply } from '@hallq/protocol';
import { fieldInput, renderConsole, settle, typeInto, type Rendered } from '../test-render';
import { confirmLeave } from '../unsaved-guard';
import { SiteSettings } from './site-settings';

let view: Rendered;
afterEach(() => {
  view.unmount();
  confirmLeave('', () => true);
});

const SUPERVISION = {
  waitLimitMinutes: 30,
  serviceOverrunFactor: 1.5,
  idleMinutes: 5,
  pauseLimitMinutes: 30,
  signedOutMinutes: 10,
  backlogWaiting: 30,
  backlogWaitMinutes: 45,
  deviceUnseenMinutes: 2,
  deviceFaultRedMinutes: 10,
  outOfOrderPerDay: 5,
  transfersPerDay: 10,
  priorityBeyondRatioPerDay: 3,
  escalateAfterMinutes: 15,
  unratedSharePercent: 30,
  unratedMinFinished: 5,
};
const pair = (yellow: number, red: number) => ({ yellow, red });
const SCORING = {
  baseScore: 100,
  alertPoints: {
    'long-wait': pair(0.5, 1),
    'service-overrun': pair(0.5, 1),
    'window-idle': pair(0.5, 1),
    'window-absent': pair(1, 2),
    'hall-backup': pair(0, 0),
    'device-fault': pair(0, 0),
    fairness: pair(1, 2),
    'proxy-overdue': pair(1, 2),
    rating: pair(0.5, 1),
    'rectification-overdue': pair(1, 2),
  },
  dissatisfiedPoints: 1,
  veryDissatisfiedPoints: 2,
  lateFollowUpPoints: 1,
  lateRectifyPoints: 2,
  bonusPoints: 2,
  bonusSatisfactionRate: 0.99,
  bonusMinRatings: 20,
  grades: { excellent: 95, good: 85, pass: 70 },
};
const CATALOG = {
  hall: {
    name: '区政务服务中心',
    kioskIdleSeconds: 60,
    voice: { template: '请{number}号到{window}办理', repeat: 2, one: 'yao' },
    publicUrl: null,
    printMaterials: false,
  },
  sites: [
    {
      id: 'district',
      name: '区政务服务中心',
      level: 'district',
      supervision: SUPERVISION,
      scoring: SCORING,
    },
  ],
  units: [],
  items: [],
  windows: [],
} as unknown as CatalogReply;

function render() {
  const updateSite = vi.fn().mockResolvedValue({ site: {} });
  view = renderConsole(
    <SiteSettings />,
    { updateSite },
    { catalog: vi.fn().mockResolvedValue(CATALOG) },
  );
  return updateSite;
}

const input = (label: string) =>
  view.host.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;

describe('大厅设置: the newer thresholds and rules', () => {
  it('shows them with the values in force, and a save sends only the changed ones', async () => {
    const updateSite = render();
    await settle();
    await settle();
    expect(fieldInput(view.host, '每日超比例呼叫优先号次数').value).toBe('3');
    expect(fieldInput(view.host, '未评价占比（%）').value).toBe('30');
    expect(fieldInput(view.host, '未评价预警起算办结数').value).toBe('5');
    expect([input('差评与未评价 黄色').value, input('差评与未评价 红色').value]).toEqual([
      '0.5',
      '1',
    ]);
    expect([input('差评整改超期 黄色').value, input('差评整改超期 红色').value]).toEqual([
      '1',
      '2',
    ]);
    act(() => typeInto(fieldInput(view.host, '未评价占比（%）'), '25'));
    act(() => typeInto(fieldInput(view.host, '每日超比例呼叫优先号次数'), '4'));
    act(() => typeInto(input('差评整改超期 红色'), '3'));
    await settle();
    act(() => view.host.querySelector('form')!.requestSubmit());
    await settle();
    expect(updateSite).toHaveBeenCalledWith('district', {
      supervision: { unratedSharePercent: 25, priorityBeyondRatioPerDay: 4 },
      scoring: { alertPoints: { 'rectification-overdue': { yellow: 1, red: 3 } } },
    });
  });

  it('a share over 100 % is refused beside its field before anything is sent', async () => {
    const updateSite = render();
    await settle();
    await settle();
    act(() => typeInto(fieldInput(view.host, '未评价占比（%）'), '120'));
    await settle();
    act(() => view.host.querySelector('form')!.requestSubmit());
    await settle();
    expect(updateSite).not.toHaveBeenCalled();
    const error = fieldInput(view.host, '未评价占比（%）')
      .closest('label.field')
      ?.querySelector('.field-error');
    expect(error?.textContent).toBeTruthy();
  });
});
