/** The USB transport against a mocked @node-escpos/usb-adapter: no USB printer exists here. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrinter } from './create-printer';

const usb = vi.hoisted(() => ({
  present: true,
  inEndpoint: true,
  unplugOnWrite: false,
  paperOut: false,
  ids: [] as number[],
  written: [] as Buffer[],
}));

vi.mock('@node-escpos/usb-adapter', async () => {
  const { EventEmitter } = await import('node:events');
  type Transfer = (error: Error | undefined, data?: Buffer) => void;
  class FakeUsbAdapter extends EventEmitter {
    deviceToPcEndpoint: { transfer: (length: number, done: Transfer) => void } | null;
    private pending: Transfer | null = null;
    constructor(vendorId: number, productId: number) {
      super();
      usb.ids = [vendorId, productId];
      if (!usb.present) throw new Error('Can not find printer');
      this.deviceToPcEndpoint = usb.inEndpoint
        ? { transfer: (_length, done) => void (this.pending = done) }
        : null;
    }
    open(callback: (error: Error | null) => void) {
      callback(null);
      return this;
    }
    write(data: Buffer, callback: (error: Error | null) => void) {
      if (usb.unplugOnWrite && data.length > 3) {
        this.emit('disconnect');
        callback(new Error('LIBUSB_ERROR_NO_DEVICE'));
        return this;
      }
      usb.written.push(data);
      if (data[0] === 0x10 && data[1] === 0x04) {
        const reply = data[2] === 4 && usb.paperOut ? 0x7e : 0x12;
        const done = this.pending;
        this.pending = null;
        setImmediate(() => done?.(undefined, Buffer.from([reply])));
      }
      callback(null);
      return this;
    }
    close(callback: (error: Error | null) => void) {
      callback(null);
      return this;
    }
  }
  return { default: FakeUsbAdapter };
});

const TICKET = Buffer.from('1b401c26', 'hex');
const config = { kind: 'usb', vendorId: 0x0416, productId: 0x5011 } as const;

beforeEach(() => {
  Object.assign(usb, {
    present: true,
    inEndpoint: true,
    unplugOnWrite: false,
    paperOut: false,
    ids: [],
    written: [],
  });
});

describe('USB transport', () => {
  it('opens the printer by vendor and product id, checks status over the IN endpoint, and prints', async () => {
    expect(await createPrinter(config).print(TICKET)).toEqual({ ok: true });
    expect(usb.ids).toEqual([0x0416, 0x5011]);
    expect(usb.written.map((b) => b.toString('hex'))).toEqual([
      '100401',
      '100402',
      '100404',
      '1b401c26',
      '100401',
    ]);
  });

  it('reports a printer that is not plugged in as PRINTER_OFFLINE, naming its ids', async () => {
    usb.present = false;
    const result = await createPrinter(config).print(TICKET);
    expect(result).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE' });
    expect(result.ok === false && result.detail).toContain('USB 0x0416:0x5011 not found');
    expect(await createPrinter(config).status()).toBe('offline');
  });

  it('reads paper out from the USB status reply', async () => {
    usb.paperOut = true;
    expect(await createPrinter(config).status()).toBe('paperOut');
    expect(await createPrinter(config).print(TICKET)).toMatchObject({
      ok: false,
      code: 'PAPER_OUT',
    });
  });

  it('prints without status checks on a printer with no IN endpoint', async () => {
    usb.inEndpoint = false;
    expect(await createPrinter(config).print(TICKET)).toEqual({ ok: true });
    expect(usb.written.map((b) => b.toString('hex'))).toEqual(['1b401c26']);
  });

  it('treats unplugging during the job as a dropped connection: one retry, then PRINTER_OFFLINE', async () => {
    usb.unplugOnWrite = true;
    const result = await createPrinter(config).print(TICKET);
    expect(result).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE' });
    expect(result.ok === false && result.detail).toMatch(/again on the retry/);
  });
});
