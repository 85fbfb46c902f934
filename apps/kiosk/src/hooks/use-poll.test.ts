// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { usePoll } from './use-poll';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const flush = () => act(async () => undefined);

describe('usePoll', () => {
  it('runs at once, then every interval, and sooner when the task asks', async () => {
    vi.useFakeTimers();
    const next: { delay?: number } = {};
    const task = vi.fn(async () => next.delay);
    renderHook(() => usePoll(task, 10_000));
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
    next.delay = 2_000;
    await act(async () => void (await vi.advanceTimersByTimeAsync(10_000)));
    expect(task).toHaveBeenCalledTimes(2);
    await act(async () => void (await vi.advanceTimersByTimeAsync(2_000)));
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('never overlaps: a poke during a slow run runs once more afterwards', async () => {
    vi.useFakeTimers();
    let release: () => void = () => undefined;
    let running = 0;
    let maxRunning = 0;
    const task = vi.fn(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise<void>((r) => (release = r));
      running -= 1;
    });
    const { result } = renderHook(() => usePoll(task, 60_000));
    await flush();
    act(() => result.current());
    act(() => result.current());
    expect(task).toHaveBeenCalledTimes(1);
    await act(async () => release());
    await flush();
    expect(task).toHaveBeenCalledTimes(2);
    await act(async () => release());
    expect(maxRunning).toBe(1);
  });

  it('stops when unmounted', async () => {
    vi.useFakeTimers();
    const task = vi.fn(async () => undefined);
    const { unmount } = renderHook(() => usePoll(task, 1_000));
    await flush();
    unmount();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
