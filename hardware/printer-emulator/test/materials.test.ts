/**
 * 一次性告知 on paper: a ticket carrying its item's 申请材料 goes through the
 * network driver to the emulator, which decodes the checklist back exactly
 * (GB18030, 80 mm: 48 columns), left-aligned under its heading.
 */
import { createPrinter, MATERIALS_HEADING, parsePrinterUrl, renderTicket } from '@hallq/printer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type PrinterEmulator } from '../src/index';
import { TICKET } from './tickets';

let emulator: PrinterEmulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
});

describe('the materials checklist on a ticket', () => {
  it('comes back from the printer line by line, under its heading, before the QR code', async () => {
    const printer = createPrinter(parsePrinterUrl(`tcp://127.0.0.1:${emulator.port}`));
    const ticket = {
      ...TICKET,
      materials: [
        { name: '居民身份证', form: 'original' as const, copies: 1, required: true },
        { name: '户口簿', form: 'both' as const, copies: 1, required: true },
        { name: '医疗保险转移接续联系函', form: 'copy' as const, copies: 2, required: false },
      ],
    };
    expect(await printer.print(renderTicket(ticket))).toEqual({ ok: true });

    const receipt = await emulator.waitForJob();
    const texts = receipt.lines.map((l) => l.text).filter((t) => t !== '');
    const at = texts.indexOf(MATERIALS_HEADING);
    expect(at).toBeGreaterThan(texts.indexOf('过号当日可到咨询导办申请恢复'));
    expect(texts.slice(at + 1, at + 4)).toEqual([
      '1. 居民身份证 原件1份',
      '2. 户口簿 原件及复印件1份',
      '3. 医疗保险转移接续联系函 复印件2份（如有请带）',
    ]);
    expect(texts.at(-1)).toBe('扫码查看排队进度');
    const line = receipt.lines.find((l) => l.text === '1. 居民身份证 原件1份');
    expect(line).toMatchObject({ align: 'left' });
    expect(receipt.unknownCommands).toEqual([]);
  });

  it('a ticket without materials is printed as before', async () => {
    const printer = createPrinter(parsePrinterUrl(`tcp://127.0.0.1:${emulator.port}`));
    await printer.print(renderTicket({ ...TICKET, materials: [] }));
    const receipt = await emulator.waitForJob();
    expect(receipt.lines.some((l) => l.text === MATERIALS_HEADING)).toBe(false);
  });
});
