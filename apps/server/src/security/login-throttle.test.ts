import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

const limits = { perAddressAndUsername: 2, perAddress: 5, perUsername: 3, global: 8 };

describe('LoginThrottle', () => {
  it('stops a spray of random usernames from one address', () => {
    const t = new LoginThrottle(limits);
    const results = Array.from({ length: 7 }, (_, i) => t.take('10.0.0.9', `guess${i}`, 1_000));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results[6]).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it('stops one account guessed from one terminal without locking it out elsewhere', () => {
    const t = new LoginThrottle(limits);
    expect([0, 1, 2].map(() => t.take('10.0.4.1', 'admin', 0).ok)).toEqual([true, true, false]);
    expect(t.take('10.0.4.2', 'admin', 0).ok).toBe(true);
    expect(t.take('10.0.4.1', 'w05', 0).ok).toBe(true);
  });

  it('stops one account guessed from many addresses, whatever the case of the name', () => {
    const t = new LoginThrottle(limits);
    const names = ['w05', 'W05', 'w05', 'w05'];
    const results = names.map((n, i) => t.take(`10.0.1.${i}`, n, 0));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(t.take('10.0.1.9', 'w06', 0).ok).toBe(true);
  });

  it('caps the whole server, and a refused attempt is not counted', () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 8; i++) expect(t.take(`10.0.2.${i}`, `u${i}`, 0).ok).toBe(true);
    expect(t.take('10.0.3.1', 'late', 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    // The next window starts afresh.
    expect(t.take('10.0.3.1', 'late', 60_000).ok).toBe(true);
  });

  it('precheck refuses an address or a server that used its minute, and counts nothing', () => {
    const t = new LoginThrottle(
      { perAddressAndUsername: 10, perAddress: 3, perUsername: 30, global: 5 },
      60_000,
    );
    for (let i = 0; i < 3; i += 1) {
      expect(t.precheck('10.0.0.1', 0).ok).toBe(true);
      expect(t.take('10.0.0.1', `user${i}`, 0).ok).toBe(true);
    }
    expect(t.precheck('10.0.0.1', 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(t.precheck('10.0.0.2', 0).ok).toBe(true);
    expect(t.take('10.0.0.2', 'a', 0).ok).toBe(true);
    expect(t.take('10.0.0.3', 'b', 0).ok).toBe(true);
    // The server's five are used: every address is refused before its body.
    expect(t.precheck('10.0.0.4', 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    // A new minute.
    expect(t.precheck('10.0.0.1', 60_000).ok).toBe(true);
  });
});
