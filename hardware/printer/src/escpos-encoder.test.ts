import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { EscPosEncoder } from './escpos-encoder';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('EscPosEncoder', () => {
  it('initialises with ESC @ and aligns with ESC a 0/1/2', () => {
    const bytes = new EscPosEncoder().init().align('left').align('centre').align('right').bytes();
    expect(hex(bytes)).toBe('1b40' + '1b6100' + '1b6101' + '1b6102');
  });

  it('puts the width multiplier in the high nibble of GS ! and the height in the low', () => {
    expect(hex(new EscPosEncoder().size(1, 1).bytes())).toBe('1d2100');
    expect(hex(new EscPosEncoder().size(2, 1).bytes())).toBe('1d2110');
    expect(hex(new EscPosEncoder().size(1, 2).bytes())).toBe('1d2101');
    expect(hex(new EscPosEncoder().size(4).bytes())).toBe('1d2133');
  });

  it('encodes a Chinese line in GB18030, not UTF-8, ended by LF', () => {
    const bytes = new EscPosEncoder().line('取号 A001').bytes();
    expect(bytes).toEqual(iconv.encode('取号 A001\n', 'GB18030'));
    // 取 is C8 A1 in GB2312/GB18030; in UTF-8 it would be E5 8F 96.
    expect(hex(bytes).startsWith('c8a1')).toBe(true);
  });

  it('draws a rule of the paper width and feeds before a full cut', () => {
    const bytes = new EscPosEncoder().rule(4).cut(2).bytes();
    expect(hex(bytes)).toBe('2d2d2d2d0a' + '0a0a' + '1d5600');
  });
});
