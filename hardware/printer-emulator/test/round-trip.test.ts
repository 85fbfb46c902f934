/** Render a ticket, send it over TCP with the driver, decode it in the emulator: every field back, Chinese exact. */
import { createPrinter, DEFAULT_LAYOUT, parsePrinterUrl, renderTicket } from '@hallq/printer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import type { PrinterEmulator } from '../src/index';
import { TICKET } from './tickets';

let emulator: PrinterEmulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
});

describe('ticket round trip through the network transport', () => {
  it('gives back the hall, unit, item, number, people ahead, time and QR payload exactly', async () => {
    const printer = createPrinter(parsePrinterUrl(`tcp://127.0.0.1:${emulator.port}`));
    expect(await printer.print(renderTicket(TICKET))).toEqual({ ok: true });

    const receipt = await emulator.waitForJob();
    expect(receipt.lines.map((l) => l.text).filter((t) => t !== '')).toEqual([
      '大安区政务服务中心',
      '-'.repeat(48),
      '区医疗保障局',
      '城乡居民基本医疗保险参保登记',
      'A012',
      '您前面还有 3 人等候',
      '取号时间：2025-03-04 09:05',
      '-'.repeat(48),
      '请留意叫号',
      '过号当日可到咨询导办申请恢复',
      '扫码查看排队进度',
    ]);
    expect(receipt.qrCodes).toEqual(['https://hall.example.cn/t/01JNPX8Z4Q']);
    expect(receipt.cuts).toBe(1);
    expect(receipt.interrupted).toBe(false);
    expect(receipt.unknownCommands).toEqual([]);
  });

  it('prints the hall name double size, the number large and bold, everything centred', async () => {
    await createPrinter({ kind: 'network', host: '127.0.0.1', port: emulator.port }).print(
      renderTicket(TICKET),
    );
    const { lines } = await emulator.waitForJob();
    const line = (text: string) => lines.find((l) => l.text === text);
    expect(line('大安区政务服务中心')).toEqual({
      text: '大安区政务服务中心',
      align: 'center',
      bold: true,
      width: 2,
      height: 2,
    });
    expect(line('A012')).toMatchObject({ align: 'center', bold: true, width: 4, height: 4 });
    expect(line('您前面还有 3 人等候')).toMatchObject({ width: 1, height: 2 });
    expect(lines.filter((l) => l.text !== '').every((l) => l.align === 'center')).toBe(true);
  });

  it('round-trips a 58 mm priority ticket with custom notices', async () => {
    const layout = {
      ...DEFAULT_LAYOUT,
      paperWidth: 58 as const,
      notices: ['请在候号区等候', '叫号三次未到视为过号'] as [string, string],
    };
    const bytes = renderTicket({ ...TICKET, number: 'B007', ahead: 0, priority: true }, layout);
    expect(
      await createPrinter({ kind: 'network', host: '127.0.0.1', port: emulator.port }).print(bytes),
    ).toEqual({ ok: true });
    const receipt = await emulator.waitForJob();
    const texts = receipt.lines.map((l) => l.text);
    expect(texts).toContain('优先号');
    expect(texts).toContain('B007');
    expect(texts).toContain('您前面还有 0 人等候');
    expect(texts).toContain('请在候号区等候');
    expect(texts).toContain('叫号三次未到视为过号');
    expect(texts).toContain('-'.repeat(32));
  });
});
