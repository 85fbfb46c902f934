// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@hallq/ui';
import type { TicketView } from '@hallq/protocol';
import { KIOSK_DICTIONARY } from '../dictionary';
import type { PrintState } from '../issue-ticket';
import { testCatalog } from '../test-catalog';
import { TicketScreen } from './ticket-screen';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const ticket = {
  id: 't_1',
  number: 'JY003',
  unitId: 'jiaoyu',
  itemId: 'JY001',
  priority: 'normal',
  ahead: 2,
  estimatedWaitMs: 25 * 60_000,
} as TicketView;

function show(print: PrintState, backAfterMs = 10_000, shown: TicketView = ticket) {
  const onDone = vi.fn();
  render(
    <I18nProvider dict={KIOSK_DICTIONARY}>
      <TicketScreen
        catalog={testCatalog()}
        issued={{ ticket: shown, print, statusUrl: 'http://hall/t/t_1' }}
        backAfterMs={backAfterMs}
        onDone={onDone}
      />
    </I18nProvider>,
  );
  return { onDone };
}

describe('TicketScreen', () => {
  it('shows the number, the unit, the people ahead and the wait', () => {
    show({ kind: 'ok' });
    expect(screen.getByTestId('ticket-number').textContent).toBe('JY003');
    expect(screen.getByText('区教育局')).toBeTruthy();
    expect(screen.getByText('前面还有 2 人')).toBeTruthy();
    expect(screen.getByText('预计等候约 25分钟')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says where to wait: the zone and the windows serving the item today', () => {
    show({ kind: 'ok' }, 10_000, { ...ticket, zone: 'A区', windowNumbers: [5, 6, 7, 8] });
    expect(screen.getByTestId('where').textContent).toBe('请到 A区 5–8 号窗口等候');
  });

  it('with no window open for the item: 窗口暂未开放 instead of an estimate', () => {
    show({ kind: 'ok' }, 10_000, { ...ticket, estimatedWaitMs: 0, noWindowOpen: true });
    expect(screen.getByTestId('wait').textContent).toBe('窗口暂未开放');
    expect(screen.queryByText(/预计等候/)).toBeNull();
  });

  it('a printed ticket goes home on a tap anywhere', () => {
    const { onDone } = show({ kind: 'ok' });
    fireEvent.click(screen.getByTestId('ticket-number'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('goes home by itself after the timeout', () => {
    vi.useFakeTimers();
    const { onDone } = show({ kind: 'ok' }, 3_000);
    vi.advanceTimersByTime(2_900);
    expect(onDone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('a failed print says to photograph the number; a stray tap does not hide it', () => {
    const { onDone } = show({ kind: 'failed', code: 'PAPER_OUT' });
    expect(screen.getByRole('alert').textContent).toBe(
      '打印机故障，未能出票：请扫码或拍照保存您的号码',
    );
    // No paper: the QR code is how the number is kept.
    expect(screen.getByText('用手机扫码保存您的号码')).toBeTruthy();
    expect(screen.queryByText('扫码查看排队进度')).toBeNull();
    fireEvent.click(screen.getByTestId('ticket-number'));
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '我已记下号码，返回首页' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
