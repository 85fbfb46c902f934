/** The serial transport against a mocked @node-escpos/serialport-adapter: no serial printer exists here. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrinter } from './create-printer';
import { parsePrinterUrl } from './printer-config';

const serial = vi.hoisted(() => ({
  exists: true,
  answers: true,
  opened: [] as Array<{ path: string; options: unknown }>,
  written: [] as Buffer[],
}));

vi.mock('@node-escpos/serialport-adapter', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeSerial extends EventEmitter {
    private onData: ((data: Buffer) => void) | null = null;
    constructor(
      private readonly path: string,
      private readonly options: unknown,
    ) {
      super();
    }
    open(callback: (error: Error | null) => void) {
      if (!serial.exists)
        callback(new Error(`No such file or directory, cannot open ${this.path}`));
      else {
        serial.opened.push({ path: this.path, options: this.options });
        callback(null);
      }
      return this;
    }
    read(callback: (data: Buffer) => void) {
      this.onData = callback;
      return this;
    }
    write(data: Buffer, callback: (error: Error | null) => void) {
      serial.written.push(data);
      if (serial.answers && data[0] === 0x10 && data[1] === 0x04) {
        setImmediate(() => this.onData?.(Buffer.from([0x12])));
      }
      callback(null);
      return this;
    }
    close(callback: (error: Error | null) => void) {
      callback(null);
      return this;
    }
  }
  return { default: FakeSerial };
});

const TICKET = Buffer.from('1b401c26', 'hex');

beforeEach(() => {
  Object.assign(serial, { exists: true, answers: true, opened: [], written: [] });
});

describe('serial transport', () => {
  it('opens the device at 9600 baud by default, checks status and prints', async () => {
    expect(await createPrinter(parsePrinterUrl('serial:///dev/ttyUSB0')).print(TICKET)).toEqual({
      ok: true,
    });
    expect(serial.opened).toEqual([{ path: '/dev/ttyUSB0', options: { baudRate: 9600 } }]);
    expect(serial.written.map((b) => b.toString('hex'))).toEqual([
      '100401',
      '100402',
      '100404',
      '1b401c26',
      '100401',
    ]);
  });

  it('uses the baud rate from the URL', async () => {
    await createPrinter(parsePrinterUrl('serial:///dev/ttyS1?baud=19200')).print(TICKET);
    expect(serial.opened[0]?.options).toEqual({ baudRate: 19200 });
  });

  it('reports a missing device as PRINTER_OFFLINE', async () => {
    serial.exists = false;
    const result = await createPrinter({ kind: 'serial', path: '/dev/ttyUSB9' }).print(TICKET);
    expect(result).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE' });
    expect(result.ok === false && result.detail).toContain('/dev/ttyUSB9');
  });

  it('prints to a printer that never answers status when told ?status=off', async () => {
    serial.answers = false;
    const printer = createPrinter(parsePrinterUrl('serial:///dev/ttyUSB0?status=off'));
    expect(await printer.print(TICKET)).toEqual({ ok: true });
    expect(serial.written.map((b) => b.toString('hex'))).toEqual(['1b401c26']);
  });
});
