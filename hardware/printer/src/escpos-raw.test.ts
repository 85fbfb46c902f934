import { describe, expect, it } from 'vitest';
import { qrCode, statusQuery } from './escpos-raw';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('raw ESC/POS commands', () => {
  it('encodes a QR code as the Epson GS ( k sequence: model 2, size, level, store, print', () => {
    expect(hex(qrCode('AB', { moduleSize: 6, errorLevel: 'M' }))).toBe(
      [
        '1d286b04003141' + '3200', // fn 65: model 2
        '1d286b03003143' + '06', // fn 67: module size 6 dots
        '1d286b03003145' + '31', // fn 69: error level M
        '1d286b05003150' + '30' + '4142', // fn 80: store "AB" (pL = 2 + 3)
        '1d286b03003151' + '30', // fn 81: print
      ].join(''),
    );
  });

  it('counts the store length in bytes, little-endian, past 255', () => {
    const bytes = qrCode('x'.repeat(300), { moduleSize: 4, errorLevel: 'L' });
    const store = bytes.indexOf(0x50) - 6; // start of the fn 80 block
    expect([bytes[store + 3], bytes[store + 4]]).toEqual([303 & 0xff, 303 >> 8]);
  });

  it('refuses payloads a QR code cannot hold', () => {
    expect(() => qrCode('', { moduleSize: 6, errorLevel: 'M' })).toThrow(RangeError);
    expect(() => qrCode('x'.repeat(3000), { moduleSize: 6, errorLevel: 'M' })).toThrow(RangeError);
    expect(() => qrCode('x', { moduleSize: 0, errorLevel: 'M' })).toThrow(RangeError);
  });

  it('asks for status with DLE EOT n', () => {
    expect(hex(statusQuery(4))).toBe('100404');
  });
});
