import { describe, expect, it } from 'vitest';
import { displayWidth, sanitizeText, wrapText } from './display-width';

describe('displayWidth', () => {
  it('counts ASCII as one column and Chinese, full-width and GB18030 two-byte symbols as two', () => {
    expect(displayWidth('A012')).toBe(4);
    expect(displayWidth('医保局')).toBe(6);
    expect(displayWidth('（Ａ）')).toBe(6);
    // Narrow in a terminal, but double-byte in GB18030, so a full cell on the printer.
    expect(displayWidth('·—°')).toBe(6);
    expect(displayWidth('第3窗口')).toBe(7);
  });
});

describe('wrapText', () => {
  const item40 = '城乡居民基本医疗保险参保登记及个人缴费信息变更和异地就医备案办理以及其他相关业务';

  it('wraps a 40-character Chinese item name into lines of at most 48 columns, losing nothing', () => {
    expect([...item40]).toHaveLength(40);
    const lines = wrapText(item40, 48);
    expect(lines).toEqual([item40.slice(0, 24), item40.slice(24)]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(48);
  });

  it('wraps to 32 columns for 58 mm paper and 24 at double width', () => {
    for (const columns of [32, 24, 16]) {
      const lines = wrapText(item40, columns);
      expect(lines.join('')).toBe(item40);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    }
  });

  it('moves an ASCII word to the next line whole instead of splitting it', () => {
    expect(wrapText('申请ICP备案 ABCDEFGH', 12)).toEqual(['申请ICP备案', 'ABCDEFGH']);
  });

  it('splits a word only when it is longer than a line', () => {
    expect(wrapText('https://hall.example.cn/t/1', 10)).toEqual([
      'https://ha',
      'll.example',
      '.cn/t/1',
    ]);
  });

  it('never lets a Chinese character straddle the edge of an odd column count', () => {
    expect(wrapText('a医保局', 4)).toEqual(['a医', '保局']);
  });

  it('turns control characters into spaces so catalogue text cannot inject printer commands', () => {
    expect(sanitizeText('医保\x1b@局\n')).toBe('医保 @局');
    expect(wrapText('医保\x1dV\x00局', 48)).toEqual(['医保 V 局']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 48)).toEqual(['']);
  });
});
