import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '@hallq/client';
import { ActionRunner } from './action-runner';

const keys = () => {
  let n = 0;
  return () => `k${++n}`;
};

/** A request the test answers by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ActionRunner', () => {
  it('refuses a second press while the first is in flight (one call, not two)', async () => {
    const runner = new ActionRunner(keys());
    const sent: string[] = [];
    const d = deferred();
    const first = runner.run('callNext', (key) => {
      sent.push(key);
      return d.promise;
    });
    const second = await runner.run('callNext', async (key) => {
      sent.push(key);
    });
    expect(second).toEqual({ kind: 'refused', why: 'busy' });
    d.resolve();
    await expect(first).resolves.toEqual({ kind: 'done' });
    expect(sent).toEqual(['k1']);
  });

  it('gives each new action a fresh key', async () => {
    const runner = new ActionRunner(keys());
    const sent: string[] = [];
    await runner.run('callNext', async (k) => void sent.push(k));
    await runner.run('finish', async (k) => void sent.push(k));
    expect(sent).toEqual(['k1', 'k2']);
  });

  it('keeps an action that hit a network failure and retries it with the same key', async () => {
    const runner = new ActionRunner(keys());
    const sent: string[] = [];
    let fail = true;
    const run = async (key: string) => {
      sent.push(key);
      if (fail) throw new NetworkError();
    };
    const out = await runner.run('finish', run);
    expect(out.kind).toBe('error');
    expect(runner.state.failed?.id).toBe('finish');
    expect(runner.state.busy).toBeUndefined();

    // Pressing the same action again is the retry, not a second action.
    fail = false;
    await expect(runner.run('finish', async () => void sent.push('other'))).resolves.toEqual({
      kind: 'done',
    });
    expect(sent).toEqual(['k1', 'k1']);
    expect(runner.state.failed).toBeUndefined();
  });

  it('refuses other actions until the failed one is retried or dismissed', async () => {
    const runner = new ActionRunner(keys());
    await runner.run('callNext', async () => {
      throw new NetworkError();
    });
    let ran = false;
    await expect(runner.run('pause', async () => void (ran = true))).resolves.toEqual({
      kind: 'refused',
      why: 'failedPending',
    });
    expect(ran).toBe(false);
    runner.dismiss();
    await runner.run('pause', async () => void (ran = true));
    expect(ran).toBe(true);
  });

  it('never retries by itself, and forgets an attempt the server answered with an error', async () => {
    const runner = new ActionRunner(keys());
    let calls = 0;
    await runner.run('recall', async () => {
      calls++;
      throw new NetworkError();
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(1);
    const out = await runner.retry();
    expect(out.kind).toBe('error');
    expect(calls).toBe(2);
    expect(runner.state.failed?.key).toBe('k1');

    const answered = await runner.run('recall', async () => {
      throw new ApiError(409, 'HALLQ_E_INVALID_TRANSITION', '当前状态下不能进行此操作', 'x');
    });
    // Same action pressed while failed → retry of the stored attempt (which now fails again).
    expect(answered.kind).toBe('error');
    expect(calls).toBe(3);
  });

  it('drops the pending failure once the server gives a real answer', async () => {
    const runner = new ActionRunner(keys());
    let answer: unknown = new NetworkError();
    await runner.run('start', async () => {
      throw answer;
    });
    answer = new ApiError(409, 'HALLQ_E_CONFLICT', '操作冲突，请刷新后重试', 'x');
    await runner.retry();
    expect(runner.state.failed).toBeUndefined();
  });
});
