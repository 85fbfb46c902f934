import { describe, expect, it } from 'vitest';
import { parsePrinterUrl } from './printer-config';

describe('parsePrinterUrl', () => {
  it('reads a network printer, port 9100 by default', () => {
    expect(parsePrinterUrl('tcp://192.168.1.87:9100')).toEqual({
      kind: 'network',
      host: '192.168.1.87',
      port: 9100,
    });
    expect(parsePrinterUrl('tcp://printer-1.hall.local')).toEqual({
      kind: 'network',
      host: 'printer-1.hall.local',
      port: 9100,
    });
    expect(parsePrinterUrl('tcp://[::1]:9101?status=off')).toEqual({
      kind: 'network',
      host: '::1',
      port: 9101,
      queryStatus: false,
    });
  });

  it('reads USB vendor and product ids in hex or decimal', () => {
    expect(parsePrinterUrl('usb://0x0416:0x5011')).toEqual({
      kind: 'usb',
      vendorId: 0x0416,
      productId: 0x5011,
    });
    expect(parsePrinterUrl('USB://1046:20497')).toEqual({
      kind: 'usb',
      vendorId: 0x0416,
      productId: 0x5011,
    });
  });

  it('reads a serial device path and baud rate', () => {
    expect(parsePrinterUrl('serial:///dev/ttyUSB0?baud=9600')).toEqual({
      kind: 'serial',
      path: '/dev/ttyUSB0',
      baudRate: 9600,
    });
    expect(parsePrinterUrl('serial://COM3')).toEqual({ kind: 'serial', path: 'COM3' });
  });

  it.each([
    ['http://192.168.1.87', /unknown scheme "http"/],
    ['192.168.1.87:9100', /no scheme/],
    ['tcp://', /no host/],
    ['tcp://host:70000', /host is not valid/],
    ['tcp://host:9100/queue', /no path/],
    ['tcp://host?status=maybe', /status must be on or off/],
    ['usb://0x0416', /vendorId:productId/],
    ['usb://0x0416:0x15011', /productId must be/],
    ['usb://epson:tm', /vendorId must be a number/],
    ['serial://', /no device path/],
    ['serial:///dev/ttyS0?baud=1234', /baud must be one of/],
  ])('rejects %s with a message that says what is wrong', (url, why) => {
    expect(() => parsePrinterUrl(url)).toThrow(why);
    expect(() => parsePrinterUrl(url)).toThrow(/打印机地址无效/);
  });
});
