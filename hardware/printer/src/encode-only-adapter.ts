import { Adapter } from '@node-escpos/adapter';

/**
 * @node-escpos/core's Printer needs an adapter, but rendering only encodes:
 * the bytes are taken from `printer.buffer` and sent later by a PrinterPort
 * with timeouts, status checks and a retry, which the library's flush lacks.
 * Any attempt to use this adapter as a transport is a programming error.
 */
export class EncodeOnlyAdapter extends Adapter<[]> {
  open(): this {
    throw new Error('EncodeOnlyAdapter only encodes; send the bytes with a Printer');
  }
  write(): this {
    throw new Error('EncodeOnlyAdapter only encodes; send the bytes with a Printer');
  }
  close(): this {
    return this;
  }
  read(): void {}
}
