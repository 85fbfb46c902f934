/** Long names wrap by display width: no printed line is wider than the paper. */
import { createPrinter, DEFAULT_LAYOUT, displayWidth, renderTicket } from '@hallq/printer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import type { PrinterEmulator, Receipt } from '../src/index';
import { ITEM_40, TICKET } from './tickets';

let emulator: PrinterEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function printed(paperWidth: 80 | 58): Promise<Receipt> {
  const bytes = renderTicket(
    { ...TICKET, itemName: ITEM_40, hallName: '大安区人民政府政务服务中心（行政审批局）' },
    { ...DEFAULT_LAYOUT, paperWidth },
  );
  const printer = createPrinter({ kind: 'network', host: '127.0.0.1', port: emulator.port });
  expect(await printer.print(bytes)).toEqual({ ok: true });
  return emulator.waitForJob();
}

describe.each([
  [80, 48],
  [58, 32],
] as const)('%i mm paper', (paperWidth, columns) => {
  it(`wraps a 40-character item name and keeps every line within ${columns} columns`, async () => {
    expect([...ITEM_40]).toHaveLength(40);
    const { lines } = await printed(paperWidth);
    for (const line of lines) {
      expect(
        displayWidth(line.text) * line.width,
        `"${line.text}" at ${line.width}×`,
      ).toBeLessThanOrEqual(columns);
    }
    // The item comes back whole, over several lines.
    const start = lines.findIndex((l) => ITEM_40.startsWith(l.text) && l.text !== '');
    let item = '';
    let count = 0;
    for (const line of lines.slice(start)) {
      if (item.length >= ITEM_40.length) break;
      item += line.text;
      count += 1;
    }
    expect(item).toBe(ITEM_40);
    expect(count).toBe(Math.ceil((ITEM_40.length * 2) / columns));
  });
});
