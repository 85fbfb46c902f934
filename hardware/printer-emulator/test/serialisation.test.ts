/** Concurrent jobs for one printer reach it one after the other, each intact. */
import { createPrinter, renderTicket } from '@hallq/printer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import type { PrinterEmulator, Receipt } from '../src/index';
import { TICKET } from './tickets';

let emulator: PrinterEmulator;
beforeEach(async () => {
  emulator = await startEmulator();
  // A printer that takes a moment per chunk, so that overlapping jobs would overlap on it.
  await emulator.setMode({ slowMs: 50 });
});
afterEach(async () => {
  await emulator.close();
});

const first = renderTicket({ ...TICKET, number: 'A001', ahead: 0 });
const second = renderTicket({ ...TICKET, number: 'A002', ahead: 1 });

function expectOneAfterTheOther([a, b]: Receipt[]): void {
  expect(a?.lines.map((l) => l.text)).toContain('A001');
  expect(a?.text).toContain('您前面还有 0 人等候');
  expect(a?.text).not.toContain('A002');
  expect(b?.lines.map((l) => l.text)).toContain('A002');
  expect(b?.text).toContain('您前面还有 1 人等候');
  expect(b?.text).not.toContain('A001');
  expect(a?.cuts).toBe(1);
  expect(b?.cuts).toBe(1);
  // Not interleaved: the second job reached the printer only after the first had ended.
  expect(b?.startedAt).toBeGreaterThanOrEqual(a?.receivedAt ?? Infinity);
}

describe('serialisation', () => {
  it('runs two concurrent jobs on one printer one after the other', async () => {
    const printer = createPrinter({ kind: 'network', host: '127.0.0.1', port: emulator.port });
    expect(await Promise.all([printer.print(first), printer.print(second)])).toEqual([
      { ok: true },
      { ok: true },
    ]);
    expectOneAfterTheOther(emulator.jobs());
  });

  it('also when two Printer objects point at the same printer', async () => {
    const config = { kind: 'network', host: '127.0.0.1', port: emulator.port } as const;
    const results = await Promise.all([
      createPrinter(config).print(first),
      createPrinter(config).print(second),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expectOneAfterTheOther(emulator.jobs());
  });
});
