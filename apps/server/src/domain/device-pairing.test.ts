/** The pending pairing codes: six digits, unique while waiting, bounded, forgotten when used or old. */
import { describe, expect, it } from 'vitest';
import { DevicePairings, MAX_PENDING, PAIRING_TTL_MS } from './device-pairing';

const device = { id: 'd1', kind: 'display' as const, siteId: 'district', name: '二楼' };

describe('DevicePairings', () => {
  it('codes are six digits and never two alike while waiting', () => {
    const p = new DevicePairings(() => 0);
    const codes = Array.from({ length: MAX_PENDING }, () => p.start().code);
    expect(codes.every((c) => /^[0-9]{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(MAX_PENDING);
  });

  it('at most MAX_PENDING wait at once: the next is refused until some expire', () => {
    let now = 0;
    const p = new DevicePairings(() => now);
    for (let i = 0; i < MAX_PENDING; i++) p.start();
    expect(() => p.start()).toThrow(expect.objectContaining({ code: 'HALLQ_E_RATE_LIMITED' }));
    now = PAIRING_TTL_MS;
    expect(p.start().code).toMatch(/^[0-9]{6}$/);
  });

  it('a bound code hands its token over once; the create step runs only for a live code', () => {
    const p = new DevicePairings(() => 0);
    const { pairingId, code } = p.start();
    let made = 0;
    const create = () => {
      made++;
      return { token: 'hqd_t', device };
    };
    expect(p.bind(code, create)).toEqual(device);
    expect(() => p.bind(code, create)).toThrow(
      expect.objectContaining({ code: 'HALLQ_E_PAIRING_CODE' }),
    );
    expect(made).toBe(1);
    expect(p.status(pairingId)).toEqual({ status: 'paired', token: 'hqd_t', device });
    expect(() => p.status(pairingId)).toThrow(
      expect.objectContaining({ code: 'HALLQ_E_PAIRING_CODE' }),
    );
  });
});
