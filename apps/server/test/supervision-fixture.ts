/**
 * 电子监察 settings for tests: only the long-wait rule (10 minutes) and the
 * escalation to the admin (15 minutes) on, set through the site's API as an
 * admin would.
 */
import { expect } from 'vitest';
import type { TestHall } from './test-hall';

export const LONG_WAIT_ONLY = {
  waitLimitMinutes: 10,
  serviceOverrunFactor: 0,
  idleMinutes: 0,
  pauseLimitMinutes: 0,
  signedOutMinutes: 0,
  backlogWaiting: 0,
  backlogWaitMinutes: 0,
  deviceUnseenMinutes: 0,
  outOfOrderPerDay: 0,
  transfersPerDay: 0,
  escalateAfterMinutes: 15,
};

/** Sets the district's supervision settings; returns the admin's token. */
export async function configureSupervision(hall: TestHall, supervision: object): Promise<string> {
  const admin = await hall.login('admin');
  const res = await hall.request({
    method: 'PATCH',
    url: '/api/v1/sites/district',
    token: admin,
    body: { supervision },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return admin;
}
