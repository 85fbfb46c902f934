/** 大厅设置 sends only what was changed; aliases are typed as one line. */
import { describe, expect, it } from 'vitest';
import { changedOnly } from './site-settings';
import { splitAliases } from './aliases-field';

describe('changedOnly', () => {
  const values = {
    name: '大安区政务服务中心',
    numberWidth: 3,
    kioskIdleSeconds: 90,
    supervision: { waitLimitMinutes: 40, idleMinutes: 15, serviceOverrunFactor: 1.5 },
  };

  it('a changed field goes, an unchanged one stays home', () => {
    expect(changedOnly(values, { kioskIdleSeconds: true })).toEqual({ kioskIdleSeconds: 90 });
  });

  it('of the thresholds only the changed ones go, so the rest keep following the defaults', () => {
    expect(changedOnly(values, { supervision: { waitLimitMinutes: true } })).toEqual({
      supervision: { waitLimitMinutes: 40 },
    });
  });
});

describe('splitAliases', () => {
  it('splits on 、 and commas, trims, drops blanks', () => {
    expect(splitAliases('医保卡、 社保卡,身份证，，')).toEqual(['医保卡', '社保卡', '身份证']);
    expect(splitAliases('')).toEqual([]);
  });
});
