/** 大厅设置 sends only what was changed; aliases are typed as one line. */
import { describe, expect, it } from 'vitest';
import { changedOnly } from './site-settings';
import { splitAliases } from './aliases-field';
import { samplePhrase, urlOrNull } from './site-voice';

const values = {
  name: '大安区政务服务中心',
  numberWidth: 3,
  kioskIdleSeconds: 90,
  supervision: { waitLimitMinutes: 40, idleMinutes: 15, serviceOverrunFactor: 1.5 },
};

describe('changedOnly', () => {
  it('a changed field goes, an unchanged one stays home', () => {
    expect(changedOnly(values, { kioskIdleSeconds: true })).toEqual({ kioskIdleSeconds: 90 });
  });

  it('of the thresholds only the changed ones go, so the rest keep following the defaults', () => {
    expect(changedOnly(values, { supervision: { waitLimitMinutes: true } })).toEqual({
      supervision: { waitLimitMinutes: 40 },
    });
  });
});

describe('the voice', () => {
  it('of the voice only the changed parts go', () => {
    const v = {
      ...values,
      voice: { template: '请{number}号到{window}号窗口', repeat: 3, one: 'yi' as const },
    };
    expect(changedOnly(v, { voice: { repeat: true } })).toEqual({ voice: { repeat: 3 } });
  });

  it('the sample reads the number digit by digit, with 幺 or 一', () => {
    expect(samplePhrase('请{number}号到{window}号窗口办理', 'yao')).toBe(
      '请A零幺二七号到5号窗口办理',
    );
    expect(samplePhrase('请{number}号', 'yi')).toBe('请A零一二七号');
  });

  it('an empty QR address is null (the server’s), a typed one is trimmed', () => {
    expect(urlOrNull('  ')).toBeNull();
    expect(urlOrNull(' http://10.0.0.2:8080 ')).toBe('http://10.0.0.2:8080');
  });
});

describe('splitAliases', () => {
  it('splits on 、 and commas, trims, drops blanks', () => {
    expect(splitAliases('医保卡、 社保卡,身份证，，')).toEqual(['医保卡', '社保卡', '身份证']);
    expect(splitAliases('')).toEqual([]);
  });
});
