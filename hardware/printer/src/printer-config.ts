/**
 * Where the printer is. A URL form lets the kiosk's settings carry one string:
 *   tcp://192.168.1.87:9100          network printer (raw TCP, port 9100 by default)
 *   usb://0x0416:0x5011              USB printer by vendor and product id (hex or decimal)
 *   serial:///dev/ttyUSB0?baud=9600  serial printer by device path (COM3 on Windows: serial://COM3)
 * Network and serial take `?status=off` for printers that never answer DLE EOT.
 */

export type PrinterConfig =
  | {
      kind: 'network';
      host: string;
      port: number;
      connectTimeoutMs?: number;
      writeTimeoutMs?: number;
      /** Ask DLE EOT status before and after each job (default true). */
      queryStatus?: boolean;
    }
  | { kind: 'usb'; vendorId: number; productId: number }
  | { kind: 'serial'; path: string; baudRate?: number; queryStatus?: boolean };

const BAUD_RATES = new Set([2400, 4800, 9600, 19200, 38400, 57600, 115200]);

function fail(url: string, why: string): never {
  throw new Error(
    `打印机地址无效 invalid printer URL "${url}": ${why}. ` +
      'Expected tcp://host:9100, usb://0x0416:0x5011 or serial:///dev/ttyUSB0?baud=9600',
  );
}

function usbId(url: string, text: string | undefined, name: string): number {
  if (text === undefined || !/^(0x[0-9a-f]{1,4}|\d{1,5})$/i.test(text)) {
    fail(url, `${name} must be a number such as 0x0416`);
  }
  const value = Number(text);
  if (value > 0xffff) fail(url, `${name} must be at most 0xffff`);
  return value;
}

function statusOption(url: string, params: URLSearchParams): { queryStatus?: boolean } {
  const status = params.get('status');
  if (status === null) return {};
  if (status !== 'on' && status !== 'off') fail(url, 'status must be on or off');
  return { queryStatus: status === 'on' };
}

export function parsePrinterUrl(url: string): PrinterConfig {
  const match = /^([a-z]+):\/\/(.*)$/i.exec(url.trim());
  if (!match) fail(url, 'no scheme');
  const scheme = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';

  if (scheme === 'tcp') {
    let parsed: URL;
    try {
      parsed = new URL(`tcp://${rest}`);
    } catch {
      return fail(url, 'host is not valid');
    }
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    if (host === '') fail(url, 'no host');
    if (parsed.pathname !== '' && parsed.pathname !== '/')
      fail(url, 'a network printer has no path');
    const port = parsed.port === '' ? 9100 : Number(parsed.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail(url, 'port must be 1..65535');
    return { kind: 'network', host, port, ...statusOption(url, parsed.searchParams) };
  }

  if (scheme === 'usb') {
    const ids = /^([^:/?]+):([^:/?]+)$/.exec(rest);
    if (!ids) fail(url, 'expected usb://vendorId:productId');
    return {
      kind: 'usb',
      vendorId: usbId(url, ids[1], 'vendorId'),
      productId: usbId(url, ids[2], 'productId'),
    };
  }

  if (scheme === 'serial') {
    const [pathPart = '', query = ''] = rest.split('?', 2);
    const path = decodeURIComponent(pathPart);
    if (path === '') fail(url, 'no device path');
    const params = new URLSearchParams(query);
    const baud = params.get('baud');
    const config: PrinterConfig = { kind: 'serial', path, ...statusOption(url, params) };
    if (baud !== null) {
      const baudRate = Number(baud);
      if (!BAUD_RATES.has(baudRate)) fail(url, `baud must be one of ${[...BAUD_RATES].join(', ')}`);
      config.baudRate = baudRate;
    }
    return config;
  }

  return fail(url, `unknown scheme "${scheme}"`);
}
