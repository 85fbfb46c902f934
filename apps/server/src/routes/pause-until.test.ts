/**
 * A pause can carry the expected return (issue 16, Clerks): the window's REST
 * view and the hall view screens mirror both say 预计 14:30 恢复, across a
 * restart, and resuming clears it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('pause with an expected return', () => {
  let hall: TestHall;
  let w5: string;
  beforeEach(async () => {
    hall = await startTestHall();
    w5 = await hall.login('w05', 'w5');
  });
  afterEach(() => hall.close());

  const pause = (body: unknown) =>
    hall.request({ method: 'POST', url: '/api/v1/windows/w5/pause', token: w5, body });
  const window = async () =>
    (await hall.request({ method: 'GET', url: '/api/v1/windows/w5' })).body.window;
  const screen = () => hall.app.hall.snapshot('district').windows.find((w) => w.id === 'w5');

  it('午休 until 14:30: the window and the screens say so, after a restart too; resume clears it', async () => {
    const res = await pause({ reason: '午休', until: '14:30' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.window).toMatchObject({
      status: 'paused',
      pauseReason: '午休',
      pauseUntil: '14:30',
    });
    expect(screen()).toMatchObject({ status: 'paused', pauseUntil: '14:30' });
    await hall.restart();
    expect(await window()).toMatchObject({ pauseReason: '午休', pauseUntil: '14:30' });
    expect(screen()).toMatchObject({ pauseUntil: '14:30' });
    const clerk = await hall.login('w05', 'w5');
    await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/resume',
      token: clerk,
      body: {},
    });
    expect(await window()).not.toHaveProperty('pauseUntil');
    expect(screen()).not.toHaveProperty('pauseUntil');
  });

  it('a time that is not hh:mm is refused', async () => {
    for (const until of ['25:00', '2:30', 'soon', '14:30:00']) {
      const res = await pause({ reason: '午休', until });
      expect(res.status, until).toBe(400);
    }
    expect((await window()).status).toBe('open');
  });
});
