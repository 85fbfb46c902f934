// @vitest-environment happy-dom
/**
 * The 公告 section: the district hall's staff see 同时发布到各乡镇（街道）便民服务中心
 * and, ticked, the notice is sent with includeChildren; a township hall's
 * console has no such box.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { CatalogReply } from '@hallq/protocol';
import { renderConsole, settle, type Rendered } from '../test-render';
import { confirmLeave } from '../unsaved-guard';
import { NoticeSection } from './notice';

let view: Rendered;
afterEach(() => {
  view.unmount();
  confirmLeave('', () => true);
});

const catalog = (level: 'district' | 'township') =>
  ({
    hall: { name: '大厅' },
    sites: [{ id: 'district', name: '区政务服务中心', level }],
  }) as unknown as CatalogReply;

const BOX = '同时发布到各乡镇（街道）便民服务中心';

function render(level: 'district' | 'township') {
  const setNotice = vi.fn().mockResolvedValue({
    notice: '',
    siteIds: level === 'district' ? ['district', 't1', 't2'] : ['district'],
  });
  view = renderConsole(
    <NoticeSection />,
    {},
    {
      notice: vi.fn().mockResolvedValue({ notice: '旧公告' }),
      catalog: vi.fn().mockResolvedValue(catalog(level)),
      setNotice,
    },
  );
  return setNotice;
}

const checkbox = () =>
  [...view.host.querySelectorAll('label.check')]
    .find((l) => l.textContent?.includes(BOX))
    ?.querySelector('input') ?? undefined;

describe('NoticeSection', () => {
  it('the district ticks 同时发布到各乡镇 and the notice goes to the township halls too', async () => {
    const setNotice = render('district');
    await settle();
    await settle();
    const box = checkbox();
    expect(box).toBeDefined();
    const text = view.host.querySelector('textarea')!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(text, '全区周六正常办公');
      text.dispatchEvent(new Event('input', { bubbles: true }));
      box!.click();
    });
    await settle();
    act(() => view.host.querySelector('form')!.requestSubmit());
    await settle();
    expect(setNotice).toHaveBeenCalledWith('全区周六正常办公', 'district', true);
    expect(view.host.textContent).toContain('已保存');
    expect(view.host.textContent).toContain('已同时发布到 3 个服务中心');
    // Each push is asked for: the box is unticked after it.
    expect(checkbox()!.checked).toBe(false);
  });

  it('a township hall has no such box and sets its own notice only', async () => {
    const setNotice = render('township');
    await settle();
    await settle();
    expect(checkbox()).toBeUndefined();
    act(() => view.host.querySelector('form')!.requestSubmit());
    await settle();
    expect(setNotice).toHaveBeenCalledWith('旧公告', 'district', false);
    expect(view.host.textContent).not.toContain('已同时发布');
  });
});
