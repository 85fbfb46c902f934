import { describe, expect, it } from 'vitest';
import { decodeEscPos, EscPosDecoder } from './escpos-decoder';

// GB18030 bytes written out by hand: the emulator must not depend on the driver's encoder.
const GB = {
  医保局: 'd2bdb1a3bed6',
  大安区政务服务中心: 'b4f3b0b2c7f8d5fecef1b7fecef1d6d0d0c4',
} as const;

/** Bytes from hex strings, ASCII strings (prefix "'") and numbers. */
function bytes(...parts: Array<string | number>): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else if (part.startsWith("'")) out.push(...Buffer.from(part.slice(1), 'latin1'));
    else out.push(...Buffer.from(part.replace(/\s/g, ''), 'hex'));
  }
  return Uint8Array.from(out);
}

const TICKET = bytes(
  '1b40 1c26', // init, Chinese mode
  '1b6101 1d2111 1b4501',
  GB.大安区政务服务中心,
  '0a', // centred, 2×2, bold
  '1d2100 1b4500',
  GB.医保局,
  '0a',
  '1b6102 1d2133',
  "'A012",
  '0a', // right, 4×4
  '1b6101 1d286b0400314132 00 1d286b03003143 06 1d286b03003145 31',
  '1d286b0800315030',
  "'https",
  '1d286b03003151 30', // store "https", print
  '0a0a 1d5600',
);

describe('decodeEscPos', () => {
  it('decodes GB18030 text in Chinese mode with each line’s alignment, size and bold', () => {
    const receipt = decodeEscPos(TICKET);
    expect(receipt.lines.slice(0, 3)).toEqual([
      { text: '大安区政务服务中心', align: 'center', bold: true, width: 2, height: 2 },
      { text: '医保局', align: 'center', bold: false, width: 1, height: 1 },
      { text: 'A012', align: 'right', bold: false, width: 4, height: 4 },
    ]);
    expect(receipt.text.split('\n').slice(0, 3)).toEqual(['大安区政务服务中心', '医保局', 'A012']);
    expect(receipt.unknownCommands).toEqual([]);
  });

  it('keeps the QR payload, its place on the paper and the cut', () => {
    const receipt = decodeEscPos(TICKET);
    expect(receipt.qrCodes).toEqual(['https']);
    expect(receipt.cuts).toBe(1);
    expect(receipt.elements.map((e) => e.type)).toEqual([
      'line',
      'line',
      'line',
      'qr',
      'line',
      'line',
      'cut',
    ]);
    expect(receipt.elements[3]).toEqual({
      type: 'qr',
      data: 'https',
      align: 'center',
      moduleSize: 6,
    });
  });

  it('decodes the same receipt however the bytes are split into chunks', () => {
    const whole = decodeEscPos(TICKET);
    const decoder = new EscPosDecoder();
    for (const byte of TICKET) decoder.push(Uint8Array.of(byte));
    expect(decoder.finish()).toEqual(whole);
  });

  it('shows mojibake, not Chinese, when the driver forgot FS &', () => {
    const receipt = decodeEscPos(bytes('1b40', GB.医保局, '0a'));
    expect(receipt.lines[0]?.text).not.toBe('医保局');
    expect(receipt.lines[0]?.text).toHaveLength(6);
  });

  it('resets style and Chinese mode on ESC @', () => {
    const receipt = decodeEscPos(bytes('1c26 1b6101 1b4501 1d2111 1b40', GB.医保局, '0a'));
    expect(receipt.lines[0]).toMatchObject({ align: 'left', bold: false, width: 1, height: 1 });
    expect(receipt.lines[0]?.text).not.toBe('医保局');
  });

  it('reads ESC ! print modes and ESC d feeds', () => {
    const receipt = decodeEscPos(bytes('1b2138', "'BIG", '1b6403 1b2100', "'x", '0a'));
    expect(receipt.lines.map((l) => [l.text, l.bold, l.width, l.height])).toEqual([
      ['BIG', true, 2, 2],
      ['', true, 2, 2], // fed while still in double size: two tall blank lines
      ['', true, 2, 2],
      ['x', false, 1, 1],
    ]);
  });

  it('counts every kind of cut and tells partial from full', () => {
    const receipt = decodeEscPos(bytes('1d5600 1d564203 1d5601 1b69'));
    expect(receipt.cuts).toBe(4);
    expect(receipt.elements).toEqual([
      { type: 'cut', partial: false },
      { type: 'cut', partial: true },
      { type: 'cut', partial: true },
      { type: 'cut', partial: true },
    ]);
  });

  it('reports DLE EOT queries as they arrive, and does not count them as print content', () => {
    const queries: number[] = [];
    const decoder = new EscPosDecoder({ onStatusQuery: (n) => queries.push(n) });
    decoder.push(bytes('1004'));
    expect(queries).toEqual([]);
    decoder.push(bytes('01 100402 100404'));
    expect(queries).toEqual([1, 2, 4]);
    expect(decoder.contentBytes).toBe(0);
    decoder.push(bytes("'a"));
    expect(decoder.contentBytes).toBe(1);
  });

  it('skips commands it does not draw by their length, and lists the unknown ones', () => {
    const receipt = decodeEscPos(bytes('1b2d01 1b7400 1b7e', "'ok", '0a 1d6b04', "'123", '00'));
    expect(receipt.lines.map((l) => l.text)).toEqual(['ok']);
    expect(receipt.unknownCommands).toEqual(['ESC ~', 'GS k (barcode)']);
  });

  it('keeps text that never got its line feed (an interrupted job)', () => {
    expect(decodeEscPos(bytes('1c26', GB.医保局)).text).toBe('医保局');
  });
});
