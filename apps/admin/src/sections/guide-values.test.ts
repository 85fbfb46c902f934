/** The office-guide form sends what was filled in, and shows a saved guide as it was. */
import { describe, expect, it } from 'vitest';
import type { ItemGuide } from '@hallq/protocol';
import { blankMaterial, toGuide, toValues } from './guide-values';

const GUIDE: ItemGuide = {
  implementer: '自贡市大安区医疗保障局',
  materials: [
    { name: '居民身份证', form: 'original', copies: 1, required: true },
    { name: '居住证', form: 'copy', copies: 1, required: false, notes: '非本区户籍提供' },
  ],
  legalDays: 5,
  fee: { amount: '10 元/件', basis: '川发改价格〔2020〕1号' },
  consultPhone: '0813-1234567',
};

describe('office guide values', () => {
  it('a saved guide comes back unchanged through the form', () => {
    expect(toGuide(toValues(GUIDE))).toEqual(GUIDE);
  });

  it('empty texts, an empty note, no fee amount and no legal days are left out', () => {
    const v = toValues(undefined);
    v.materials.push({ ...blankMaterial(), name: ' 户口簿 ' });
    v.fee.basis = '无';
    expect(toGuide(v)).toEqual({
      materials: [{ name: '户口簿', form: 'original', copies: 1, required: true }],
    });
  });
});
