// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@hallq/ui';
import { KIOSK_DICTIONARY } from '../dictionary';
import { IdleWarning } from './idle-warning';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function show() {
  vi.useFakeTimers();
  const onContinue = vi.fn();
  const onTimeout = vi.fn();
  render(
    <I18nProvider dict={KIOSK_DICTIONARY}>
      <IdleWarning ms={10_000} onContinue={onContinue} onTimeout={onTimeout} />
    </I18nProvider>,
  );
  return { onContinue, onTimeout };
}

describe('IdleWarning', () => {
  it('asks 还需要更多时间吗？ and counts 10 seconds down before going home', () => {
    const { onTimeout } = show();
    expect(screen.getByRole('alertdialog').textContent).toContain('还需要更多时间吗？');
    expect(screen.getByTestId('idle-countdown').textContent).toBe('10 秒后返回首页');
    act(() => void vi.advanceTimersByTime(4_000));
    expect(screen.getByTestId('idle-countdown').textContent).toBe('6 秒后返回首页');
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(6_000));
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('继续 keeps the screen', () => {
    const { onContinue, onTimeout } = show();
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    expect(onContinue).toHaveBeenCalled();
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
