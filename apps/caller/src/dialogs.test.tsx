// @vitest-environment happy-dom
/** The dialogs work from the keyboard alone: focus goes in, Enter confirms, Escape cancels, focus comes back. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import type { TicketView } from '@hallq/protocol';
import { dict } from './dict';
import { PauseDialog } from './pause-dialog';
import { CallTicketDialog } from './call-ticket-dialog';
import { ActionBar } from './action-bar';
import { TransferDialog } from './transfer-dialog';
import type { CatalogReply } from '@hallq/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

const render = (node: React.ReactNode) =>
  act(() => root.render(<I18nProvider dict={dict}>{node}</I18nProvider>));

const key = (target: Element, k: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });

const ticket = (number: string, issuedAt: number): TicketView => ({
  id: `t-${number}`,
  number,
  status: 'waiting',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB001',
  priority: 'normal',
  businessDay: '2026-11-25',
  issuedAt,
  ahead: 0,
  estimatedWaitMs: 0,
  recallCount: 0,
  transferCount: 0,
  front: false,
});

describe('pause dialog', () => {
  it('takes focus, confirms 午休 with Enter, and gives focus back when closed', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    await render(<PauseDialog onSubmit={onSubmit} onClose={onClose} />);
    const focused = document.activeElement as HTMLInputElement;
    expect(focused.type).toBe('radio');
    expect(focused.closest('[role="dialog"]')).not.toBeNull();
    key(focused, 'Enter');
    expect(onSubmit).toHaveBeenCalledWith('午休');
    await render(null);
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('closes on Escape without pausing', async () => {
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    await render(<PauseDialog onSubmit={onSubmit} onClose={onClose} />);
    key(document.activeElement!, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for a reason when 其他 is chosen and left empty', async () => {
    const onSubmit = vi.fn();
    await render(<PauseDialog onSubmit={onSubmit} onClose={() => undefined} />);
    const other = host.querySelector<HTMLInputElement>('input[value="other"]')!;
    act(() => other.click());
    key(other, 'Enter');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('请填写原因');
  });
});

describe('call-ticket dialog', () => {
  const now = Date.UTC(2026, 10, 25, 3, 0);
  const open = (onSubmit: () => void) =>
    render(
      <CallTicketDialog
        queue={[ticket('A001', now - 60_000), ticket('A002', now)]}
        itemName={() => '职工参保登记'}
        now={now}
        onSubmit={onSubmit}
        onClose={() => undefined}
      />,
    );
  const type = (input: HTMLInputElement, value: string) =>
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('takes the number the visitor holds up, typed, and records the reason', async () => {
    const onSubmit = vi.fn();
    await open(onSubmit);
    const field = document.activeElement as HTMLInputElement;
    expect(field.name).toBe('number');
    type(field, ' a002 ');
    key(field, 'Enter');
    expect(onSubmit).toHaveBeenCalledWith({ number: 'A002' }, '预约到场');
  });

  it('falls back to the list; with neither it asks, and calls nobody', async () => {
    const onSubmit = vi.fn();
    await open(onSubmit);
    key(document.activeElement!, 'Enter');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('请选择号码并填写原因');
    const list = host.querySelector<HTMLSelectElement>('select[name="ticket"]')!;
    act(() => {
      list.value = 't-A001';
      list.dispatchEvent(new Event('change', { bubbles: true }));
    });
    key(list, 'Enter');
    expect(onSubmit).toHaveBeenCalledWith({ ticketId: 't-A001' }, '预约到场');
  });
});

describe('action bar', () => {
  it('shows each action with its key, and offers 恢复 while paused', async () => {
    await render(
      <ActionBar
        state={{ hasTicket: false, serving: false, paused: true, busy: undefined }}
        onAction={() => undefined}
      />,
    );
    const labels = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual([
      'F1叫号',
      'F2重呼',
      'F3开始办理',
      'F4办结',
      'F5过号',
      'F6转移',
      'F7恢复',
      'F8选号呼叫',
    ]);
    const call = host.querySelector<HTMLButtonElement>('[data-action="callNext"]')!;
    expect(call.disabled).toBe(true);
  });
});

describe('transfer dialog', () => {
  const unit = (id: string, name: string) => ({
    id,
    siteId: 'district',
    name,
    shortName: name,
    ticketPrefix: 'A',
    kind: 'permanent' as const,
    servedToday: true,
    servedWeekdays: [1, 2, 3, 4, 5],
  });
  const item = (id: string, unitId: string) => ({
    id,
    unitId,
    code: id,
    name: id,
    category: '',
    promisedDays: 0,
    onTheSpot: true,
    expectedServiceMinutes: 10,
  });
  const catalog = {
    sites: [],
    units: [unit('yibao', '医保'), unit('shebao', '社保')],
    items: [item('YB001', 'yibao'), item('SB001', 'shebao')],
    windows: [],
    hall: { timeZone: 'Asia/Shanghai' },
  } as unknown as CatalogReply;
  const choose = (name: string, value: string) =>
    act(() => {
      const el = host.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });

  it('to another unit asks for one of its items, and carries the note', async () => {
    const onSubmit = vi.fn();
    await render(
      <TransferDialog
        ticket={ticket('A001', 0)}
        catalog={catalog}
        fromWindowId="w5"
        onSubmit={onSubmit}
        onClose={() => undefined}
      />,
    );
    choose('toUnit', 'shebao');
    key(document.activeElement!, 'Enter');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      '转至其他部门时，请选择该部门的事项',
    );
    choose('toItem', 'SB001');
    const note = host.querySelector<HTMLInputElement>('input[name="note"]')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
        note,
        '需参保登记',
      );
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    key(note, 'Enter');
    expect(onSubmit).toHaveBeenCalledWith({
      position: 'front',
      note: '需参保登记',
      toUnitId: 'shebao',
      toItemId: 'SB001',
    });
  });
});
