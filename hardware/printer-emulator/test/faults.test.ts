/**
 * Printer faults, each set on the emulator and met by the driver over real TCP:
 * every job ends with its coded error, well before the fault would have let it go.
 */
import { createPrinter, renderTicket } from '@hallq/printer';
import type { Printer } from '@hallq/printer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import type { PrinterEmulator } from '../src/index';
import { TICKET } from './tickets';

const CONNECT_MS = 300;
const WRITE_MS = 300;
/** A slow printer's delay, far beyond the timeouts: a job that waited for it would fail the bound below. */
const SLOW_MS = 10_000;
/** Upper bound on a failing job: connect, status check and write, each at most its timeout, with slack. */
const BOUND_MS = CONNECT_MS + 2 * WRITE_MS + 2000;

let emulator: PrinterEmulator;
let printer: Printer;
const bytes = renderTicket(TICKET);

async function timedPrint(): Promise<{
  result: Awaited<ReturnType<Printer['print']>>;
  ms: number;
}> {
  const started = performance.now();
  const result = await printer.print(bytes);
  return { result, ms: performance.now() - started };
}

beforeEach(async () => {
  emulator = await startEmulator();
  printer = createPrinter({
    kind: 'network',
    host: '127.0.0.1',
    port: emulator.port,
    connectTimeoutMs: CONNECT_MS,
    writeTimeoutMs: WRITE_MS,
  });
});
afterEach(async () => {
  await printer.close();
  await emulator.close();
});

describe('print faults', () => {
  it('paper out: PAPER_OUT, and nothing is printed', async () => {
    await emulator.setMode({ paperOut: true });
    const { result, ms } = await timedPrint();
    expect(result).toMatchObject({
      ok: false,
      code: 'PAPER_OUT',
      message: '打印机缺纸，请联系工作人员更换纸卷',
    });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(emulator.jobs()).toEqual([]);
  });

  it('offline (connection refused): PRINTER_OFFLINE', async () => {
    await emulator.setMode({ offline: true });
    const { result, ms } = await timedPrint();
    expect(result).toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: expect.stringMatching(/无法连接打印机/),
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('slower than the write timeout: TIMEOUT, without waiting for the printer', async () => {
    await emulator.setMode({ slowMs: SLOW_MS });
    const { result, ms } = await timedPrint();
    expect(result).toMatchObject({ ok: false, code: 'TIMEOUT' });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('connection dropped once: retried, and the retry prints the whole ticket', async () => {
    await emulator.setMode({ dropNext: 1 });
    expect(await printer.print(bytes)).toEqual({ ok: true });
    const [partial, whole] = emulator.jobs();
    expect(partial?.interrupted).toBe(true);
    expect(whole).toMatchObject({ interrupted: false, cuts: 1, qrCodes: [TICKET.statusUrl] });
    expect(whole?.text).toContain('城乡居民基本医疗保险参保登记');
  });

  it('connection dropped every time: one retry only, then PRINTER_OFFLINE', async () => {
    await emulator.setMode({ dropMidJob: true });
    const { result, ms } = await timedPrint();
    expect(result).toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: expect.stringMatching(/连接中断/),
    });
    expect(ms).toBeLessThan(BOUND_MS);
    await expect.poll(() => emulator.jobs().length).toBe(2);
    expect(emulator.jobs().every((r) => r.interrupted)).toBe(true);
  });

  it('cover open: PRINTER_OFFLINE naming the cover, and nothing is printed', async () => {
    await emulator.setMode({ coverOpen: true });
    expect(await printer.print(bytes)).toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: expect.stringMatching(/纸仓盖/),
    });
    expect(emulator.jobs()).toEqual([]);
  });

  it('paper near end: prints, and warns', async () => {
    await emulator.setMode({ paperNearEnd: true });
    expect(await printer.print(bytes)).toEqual({ ok: true, warning: 'paperNearEnd' });
    expect((await emulator.waitForJob()).cuts).toBe(1);
  });

  it('prints again once the fault is cleared', async () => {
    await emulator.setMode({ offline: true });
    expect(await printer.print(bytes)).toMatchObject({ ok: false });
    await emulator.setMode({});
    expect(await printer.print(bytes)).toEqual({ ok: true });
  });
});

describe('printer status', () => {
  it.each([
    [{}, 'online'],
    [{ paperNearEnd: true }, 'paperNearEnd'],
    [{ paperOut: true }, 'paperOut'],
    [{ coverOpen: true }, 'coverOpen'],
    [{ offline: true }, 'offline'],
    [{ slowMs: SLOW_MS }, 'offline'],
  ] as const)('reports %j as %s', async (mode, expected) => {
    await emulator.setMode(mode);
    expect(await printer.status()).toBe(expected);
  });
});
