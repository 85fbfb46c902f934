import { describe, expect, it } from 'vitest';
import { allowedPrinterHosts, printerUrlProblem } from './printer-url';

describe('printer addresses the server may connect to', () => {
  it('takes printers on the hall’s private networks and local ports', () => {
    for (const url of [
      'tcp://192.168.1.50:9100',
      'tcp://10.2.3.4:9100',
      'tcp://172.20.0.9:9100',
      'tcp://127.0.0.1:9100',
      'tcp://[fd12:3456::9]:9100',
      'usb://04b8:0202',
      'serial:///dev/ttyUSB0',
    ])
      expect(printerUrlProblem(url, []), url).toBeUndefined();
  });

  it('refuses public addresses, unlisted host names, other schemes and missing ports', () => {
    expect(printerUrlProblem('tcp://8.8.8.8:9100', [])).toMatch(/private/);
    expect(printerUrlProblem('tcp://172.32.0.1:9100', [])).toMatch(/private/);
    expect(printerUrlProblem('tcp://[2001:db8::1]:9100', [])).toMatch(/private/);
    expect(printerUrlProblem('tcp://printer.example.com:9100', [])).toMatch(/HALLQ_PRINTER_HOSTS/);
    expect(printerUrlProblem('http://192.168.1.50:9100', [])).toMatch(/only/);
    expect(printerUrlProblem('tcp://192.168.1.50', [])).toMatch(/port/);
  });

  it('takes a host the configuration lists', () => {
    const hosts = allowedPrinterHosts(' Printer-1.hall.lan , 203.0.113.7');
    expect(printerUrlProblem('tcp://printer-1.hall.lan:9100', hosts)).toBeUndefined();
    expect(printerUrlProblem('tcp://203.0.113.7:9100', hosts)).toBeUndefined();
  });
});
