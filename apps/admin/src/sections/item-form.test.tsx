// @vitest-environment happy-dom
/**
 * The 事项 form: the quota is checked before sending, a server refusal shows
 * beside its field, a save says 已保存, and the form counts as unsaved
 * until then.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { apiErrorFrom } from '@hallq/client';
import type { ItemView } from '@hallq/protocol';
import {
  fieldError,
  fieldInput,
  renderConsole,
  settle,
  typeInto,
  type Rendered,
} from '../test-render';
import { confirmLeave, hasUnsaved } from '../unsaved-guard';
import { ItemEditForm } from './item-form';

const ITEM: ItemView = {
  id: 'YB002',
  unitId: 'yibao',
  code: 'YB002',
  name: '城乡居民参保登记',
  category: '公共服务',
  promisedDays: 0,
  onTheSpot: true,
  expectedServiceMinutes: 8,
};

let view: Rendered;
afterEach(() => {
  view.unmount();
  confirmLeave('', () => true);
});

const submit = async () => {
  const form = view.host.querySelector('form')!;
  act(() => form.requestSubmit());
  await settle();
};

describe('ItemEditForm', () => {
  it('a quota of 2 is sent as a number, and the form then says 已保存 and holds nothing unsaved', async () => {
    const updateItem = vi.fn().mockResolvedValue({ entry: {} });
    view = renderConsole(<ItemEditForm item={ITEM} />, { updateItem });
    act(() => typeInto(fieldInput(view.host, '每日限号'), '2'));
    await settle();
    expect(view.host.textContent).toContain('有未保存的修改');
    expect(hasUnsaved()).toBe(true);
    await submit();
    expect(updateItem).toHaveBeenCalledWith('YB002', expect.objectContaining({ dailyQuota: 2 }));
    expect(view.host.textContent).toContain('已保存');
    expect(hasUnsaved()).toBe(false);
  });

  it('an empty quota means none: null is sent', async () => {
    const updateItem = vi.fn().mockResolvedValue({ entry: {} });
    view = renderConsole(<ItemEditForm item={{ ...ITEM, dailyQuota: 5 }} />, { updateItem });
    act(() => typeInto(fieldInput(view.host, '每日限号'), ''));
    await submit();
    expect(updateItem).toHaveBeenCalledWith('YB002', expect.objectContaining({ dailyQuota: null }));
  });

  it('a negative quota is refused beside the field, and nothing is sent', async () => {
    const updateItem = vi.fn();
    view = renderConsole(<ItemEditForm item={ITEM} />, { updateItem });
    act(() => typeInto(fieldInput(view.host, '每日限号'), '-1'));
    await submit();
    expect(fieldError(view.host, '每日限号')).toBe('超出允许范围');
    expect(updateItem).not.toHaveBeenCalled();
  });

  it("the server's refusal of a field shows beside it, in its own words", async () => {
    const updateItem = vi.fn().mockRejectedValue(
      apiErrorFrom(400, {
        error: {
          code: 'HALLQ_E_VALIDATION',
          message: '请求内容不正确',
          messageEn: 'The request is malformed',
          details: { problems: ['/expectedServiceMinutes must be <= 480'] },
        },
      }),
    );
    view = renderConsole(<ItemEditForm item={ITEM} />, { updateItem });
    act(() => typeInto(fieldInput(view.host, '预计办理分钟'), '30'));
    await submit();
    expect(fieldError(view.host, '预计办理分钟')).toBe('请求内容不正确');
    expect(view.host.textContent).not.toContain('已保存');
    expect(hasUnsaved()).toBe(true);
  });
});
