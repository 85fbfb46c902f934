import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseKioskOptions } from './kiosk-options';

describe('parseKioskOptions', () => {
  it('uses the defaults without a query', () => {
    expect(parseKioskOptions('')).toEqual(DEFAULT_OPTIONS);
  });

  it('takes seconds from the query, so tests need not wait a minute', () => {
    const o = parseKioskOptions('?idle=3&idleWarn=1&ticketIdle=2&poll=0.5&printerPoll=1');
    expect(o.idleMs).toBe(3_000);
    expect(o.idleWarnMs).toBe(1_000);
    expect(o.ticketIdleMs).toBe(2_000);
    expect(o.ticketFailedIdleMs).toBe(6_000);
    expect(o.healthPollMs).toBe(500);
    expect(o.printerPollMs).toBe(1_000);
  });

  it('leaves the idle time to the site unless asked, and warns for 10 seconds', () => {
    expect(parseKioskOptions('').idleMs).toBeUndefined();
    expect(parseKioskOptions('').idleWarnMs).toBe(10_000);
  });

  it('ignores values that would make the kiosk spin or stall', () => {
    const o = parseKioskOptions('?idle=0&poll=abc&printerPoll=-1&ticketIdle=99999');
    expect(o.idleMs).toBe(DEFAULT_OPTIONS.idleMs);
    expect(o.healthPollMs).toBe(DEFAULT_OPTIONS.healthPollMs);
    expect(o.printerPollMs).toBe(DEFAULT_OPTIONS.printerPollMs);
    expect(o.ticketIdleMs).toBe(DEFAULT_OPTIONS.ticketIdleMs);
  });
});
