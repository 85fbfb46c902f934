import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PRIORITY_TICKET, SAMPLE_TICKET } from './fixtures/sample-tickets';
import { renderTicket } from './render-ticket';
import { DEFAULT_LAYOUT } from './ticket';

const contains = (haystack: Buffer, needle: Buffer | number[]): boolean =>
  haystack.indexOf(Buffer.from(needle)) >= 0;
const gb = (text: string): Buffer => iconv.encode(text, 'GB18030');

describe('renderTicket', () => {
  const bytes = renderTicket(SAMPLE_TICKET);

  it('starts by resetting the printer and switching Chinese mode on', () => {
    expect([...bytes.subarray(0, 4)]).toEqual([0x1b, 0x40, 0x1c, 0x26]);
  });

  it('sends the Chinese text in GB18030, not UTF-8', () => {
    expect(contains(bytes, gb('大安区政务服务中心'))).toBe(true);
    expect(contains(bytes, gb('您前面还有 3 人等候'))).toBe(true);
    expect(contains(bytes, gb('取号时间：2025-03-04 09:05'))).toBe(true);
    expect(contains(bytes, Buffer.from('大安区', 'utf8'))).toBe(false);
  });

  it('prints the hall name at double size and the number larger still', () => {
    const hall = bytes.indexOf(gb('大安区政务服务中心'));
    expect(bytes.lastIndexOf(Buffer.from([0x1d, 0x21]), hall)).toBe(hall - 6);
    expect(bytes[hall - 4]).toBe(0x11); // GS ! 0x11: 2× wide, 2× high
    const number = bytes.indexOf(Buffer.from('A012'));
    expect(bytes[number - 4]).toBe(0x33); // GS ! 0x33: 4× wide, 4× high
  });

  it('stores the status URL in a GS ( k QR code and prints it, then cuts', () => {
    const url = Buffer.from(SAMPLE_TICKET.statusUrl);
    const store = bytes.indexOf(
      Buffer.concat([Buffer.from([0x1d, 0x28, 0x6b, url.length + 3, 0, 0x31, 0x50, 0x30]), url]),
    );
    expect(store).toBeGreaterThan(0);
    expect(contains(bytes, [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30])).toBe(true);
    expect([...bytes.subarray(-3)]).toEqual([0x1d, 0x56, 0x00]);
  });

  it('prints the configured notices', () => {
    const custom = renderTicket(SAMPLE_TICKET, {
      paperWidth: 80,
      notices: ['请在大厅等候', '叫号三次未到视为过号'],
    });
    expect(contains(custom, gb('请在大厅等候'))).toBe(true);
    expect(contains(custom, gb('叫号三次未到视为过号'))).toBe(true);
    expect(contains(custom, gb('过号当日可到咨询导办申请恢复'))).toBe(false);
    expect(contains(bytes, gb('过号当日可到咨询导办申请恢复'))).toBe(true);
    // 过号 numbers can be restored (过号恢复): the default never sends a visitor to take another.
    expect(contains(bytes, gb('重新取号'))).toBe(false);
  });

  it('says where to wait: the zone and the windows serving the item today', () => {
    const where = renderTicket({ ...SAMPLE_TICKET, zone: 'A区', windows: '5–8' });
    const line = where.indexOf(gb('请到 A区 5–8 号窗口等候'));
    expect(line).toBeGreaterThan(where.indexOf(gb(SAMPLE_TICKET.itemName)));
    expect(line).toBeLessThan(where.indexOf(Buffer.from('A012')));
    expect(
      contains(renderTicket({ ...SAMPLE_TICKET, windows: '24' }), gb('请到 24 号窗口等候')),
    ).toBe(true);
    // Without windows (an older caller) the ticket is as before.
    expect(contains(bytes, gb('请到'))).toBe(false);
  });

  it('marks a priority ticket', () => {
    expect(contains(renderTicket(PRIORITY_TICKET), gb('优先号'))).toBe(true);
    expect(contains(bytes, gb('优先号'))).toBe(false);
  });

  it('draws separators the width of the paper', () => {
    expect(contains(bytes, Buffer.from(`${'-'.repeat(48)}\n`))).toBe(true);
    const narrow = renderTicket(SAMPLE_TICKET, { ...DEFAULT_LAYOUT, paperWidth: 58 });
    expect(contains(narrow, Buffer.from(`${'-'.repeat(32)}\n`))).toBe(true);
    expect(contains(narrow, Buffer.from('-'.repeat(33)))).toBe(false);
  });

  it('shrinks a long number so that it still fits on one line', () => {
    const long = renderTicket(
      { ...SAMPLE_TICKET, number: 'ZH2025-0001' },
      { ...DEFAULT_LAYOUT, paperWidth: 58 },
    );
    const at = long.indexOf(Buffer.from('ZH2025-0001'));
    expect(long[at - 4]).toBe(0x11); // 11 columns × 2 = 22 ≤ 32; × 3 would be 33
  });

  it('rejects a negative or fractional count of people ahead', () => {
    expect(() => renderTicket({ ...SAMPLE_TICKET, ahead: -1 })).toThrow(RangeError);
    expect(() => renderTicket({ ...SAMPLE_TICKET, ahead: 1.5 })).toThrow(RangeError);
  });
});
