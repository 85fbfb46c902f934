/** The 申请材料 checklist as the ticket prints it: numbered, wrapped to the paper, 如有请带 when optional. */
import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';
import { materialLines, materialText } from './material-lines';

describe('materialLines', () => {
  it('reads each material with its form and copies, 如有请带 when not required', () => {
    expect(materialText({ name: '居民身份证', form: 'original', copies: 1, required: true })).toBe(
      '居民身份证 原件1份',
    );
    expect(materialText({ name: '结婚证', form: 'both', copies: 2, required: false })).toBe(
      '结婚证 原件及复印件2份（如有请带）',
    );
  });

  it('numbers them and wraps a long one under its name, never past the paper', () => {
    const lines = materialLines(
      [
        { name: '居民身份证', form: 'original', copies: 1, required: true },
        {
          name: '用人单位出具的劳动合同或者与用人单位建立劳动关系的其他证明材料',
          form: 'copy',
          copies: 1,
          required: true,
        },
      ],
      32,
    );
    expect(lines[0]).toBe('1. 居民身份证 原件1份');
    expect(lines[1]?.startsWith('2. 用人单位')).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(2).every((l) => l.startsWith('   '))).toBe(true);
    expect(lines.every((l) => displayWidth(l) <= 32)).toBe(true);
  });
});
