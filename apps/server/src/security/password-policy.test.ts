import { describe, expect, it } from 'vitest';
import { HallqError } from '../errors';
import { assertPasswordPolicy, weakPasswordReason } from './password-policy';

describe('password policy', () => {
  it('at least 10 characters, counted as a person counts them', () => {
    expect(weakPasswordReason('Ab-3456789', 'lihua')).toBeUndefined();
    expect(weakPasswordReason('Ab-345678', 'lihua')).toBe('tooShort');
    expect(weakPasswordReason('', 'lihua')).toBe('tooShort');
    // Ten 汉字 are ten characters (and more than ten UTF-16 units would not help a shorter one).
    expect(weakPasswordReason('大安区政务服务中心好', 'lihua')).toBeUndefined();
    expect(weakPasswordReason('😀😀😀😀😀', 'lihua')).toBe('tooShort');
  });

  it('not the username, in any case, nor the username reversed', () => {
    expect(weakPasswordReason('zhangwei2026', 'zhangwei2026')).toBe('username');
    expect(weakPasswordReason('ZhangWei2026', 'zhangwei2026')).toBe('username');
    expect(weakPasswordReason('6202iewgnahz', 'zhangwei2026')).toBe('username');
    expect(weakPasswordReason('6202IEWGNAHZ', 'ZhangWei2026')).toBe('username');
    expect(weakPasswordReason('zhangwei2026!', 'zhangwei2026')).toBeUndefined();
  });

  it('not a common password, in any case', () => {
    for (const p of [
      '12345678910',
      'password123',
      'QWERTYUIOP',
      'hallq-admin',
      '1qaz2wsx3edc',
      'Admin12345',
    ])
      expect(weakPasswordReason(p, 'lihua'), p).toBe('common');
  });

  it('a refusal is HALLQ_E_WEAK_PASSWORD (400) with its reason', () => {
    expect(() => assertPasswordPolicy('Wang-Fang-2026', 'wangfang')).not.toThrow();
    try {
      assertPasswordPolicy('password123', 'wangfang');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HallqError);
      expect(err).toMatchObject({
        code: 'HALLQ_E_WEAK_PASSWORD',
        statusCode: 400,
        details: { reason: 'common', minLength: 10 },
      });
    }
  });
});
