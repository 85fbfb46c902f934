import type { Printer } from '@hallq/printer';
import type { TicketPrintData } from '@hallq/protocol';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrintHandlers, kioskDevices } from './print-handler';

const driver = vi.hoisted(() => ({
  renderTicket: vi.fn((_data: unknown, _layout: unknown) => Uint8Array.of(0x1b, 0x40)),
  parsePrinterUrl: vi.fn((url: string) => ({ kind: 'network', host: url, port: 9100 })),
  createPrinter: vi.fn(),
}));

vi.mock('@hallq/printer', () => ({
  ...driver,
  DEFAULT_LAYOUT: { paperWidth: 80, notices: ['请留意叫号', '过号当日可到咨询导办申请恢复'] },
}));

const ticket: TicketPrintData = {
  hallName: '大严区政务服务中心',
  unitName: '不动产登记中心',
  itemName: '不动产登记资料查询',
  number: 'D023',
  ahead: 5,
  issuedAt: 1_767_000_000_000,
  timeZone: 'Asia/Shanghai',
  statusUrl: 'http://10.0.0.2:8080/t/23',
};

const fakePrinter = () => ({
  print: vi.fn<Printer['print']>(async () => ({ ok: true })),
  status: vi.fn<Printer['status']>(async () => 'online'),
  close: vi.fn<Printer['close']>(async () => undefined),
});

const quiet = () => undefined;

beforeEach(() => {
  vi.clearAllMocks();
});

describe('kiosk printTicket', () => {
  it('renders the ticket with the layout and prints the bytes through the driver', async () => {
    const printer = fakePrinter();
    const layout = { paperWidth: 58 as const, notices: ['a', 'b'] as [string, string] };
    const { printTicket } = createPrintHandlers(printer, layout, quiet);

    await expect(printTicket(ticket)).resolves.toEqual({ ok: true });
    expect(driver.renderTicket).toHaveBeenCalledWith(ticket, layout);
    expect(printer.print).toHaveBeenCalledWith(Uint8Array.of(0x1b, 0x40));
  });

  it.each(['PAPER_OUT', 'PRINTER_OFFLINE', 'TIMEOUT'] as const)(
    'passes a %s failure to the page with its message, without the technical detail',
    async (code) => {
      const printer = fakePrinter();
      printer.print.mockResolvedValueOnce({
        ok: false,
        code,
        message: '打印机缺纸，请联系工作人员更换纸卷',
        detail: 'ECONNREFUSED 10.0.0.31:9100',
      });
      const { printTicket } = createPrintHandlers(printer, undefined, quiet);
      await expect(printTicket(ticket)).resolves.toEqual({
        ok: false,
        code,
        message: '打印机缺纸，请联系工作人员更换纸卷',
      });
    },
  );

  it('reports a printed ticket as printed even when the paper is nearly out', async () => {
    const printer = fakePrinter();
    printer.print.mockResolvedValueOnce({ ok: true, warning: 'paperNearEnd' });
    const log = vi.fn();
    const { printTicket } = createPrintHandlers(printer, undefined, log);
    await expect(printTicket(ticket)).resolves.toEqual({ ok: true });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('paperNearEnd'));
  });

  it('never throws across IPC: a render or driver error becomes a result', async () => {
    const printer = fakePrinter();
    driver.renderTicket.mockImplementationOnce(() => {
      throw new Error('cannot encode');
    });
    const { printTicket } = createPrintHandlers(printer, undefined, quiet);
    await expect(printTicket(ticket)).resolves.toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
    });
    expect(printer.print).not.toHaveBeenCalled();

    printer.print.mockRejectedValueOnce(new Error('socket hang up'));
    await expect(printTicket(ticket)).resolves.toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
    });
  });
});

describe('kiosk printerStatus', () => {
  it("answers the driver's status", async () => {
    const printer = fakePrinter();
    printer.status.mockResolvedValueOnce('paperNearEnd');
    const { printerStatus } = createPrintHandlers(printer, undefined, quiet);
    await expect(printerStatus()).resolves.toBe('paperNearEnd');
  });

  it('answers offline when the driver fails', async () => {
    const printer = fakePrinter();
    printer.status.mockRejectedValueOnce(new Error('usb gone'));
    const { printerStatus } = createPrintHandlers(printer, undefined, quiet);
    await expect(printerStatus()).resolves.toBe('offline');
  });
});

describe('kioskDevices', () => {
  const base = { serverUrl: 'http://10.0.0.2:8080', deviceToken: 'kiosk-1' };

  it('creates the printer from the configured URL and paper width', async () => {
    const printer = fakePrinter();
    driver.createPrinter.mockReturnValueOnce(printer);
    const devices = kioskDevices({
      ...base,
      printer: { url: 'tcp://10.0.0.31:9100', paperWidth: 58 },
    });

    expect(driver.parsePrinterUrl).toHaveBeenCalledWith('tcp://10.0.0.31:9100');
    expect(driver.createPrinter).toHaveBeenCalledWith({
      kind: 'network',
      host: 'tcp://10.0.0.31:9100',
      port: 9100,
    });
    await devices.printTicket?.(ticket);
    expect(driver.renderTicket).toHaveBeenCalledWith(
      ticket,
      expect.objectContaining({ paperWidth: 58 }),
    );
    await devices.close?.();
    expect(printer.close).toHaveBeenCalled();
  });

  it('uses 80 mm paper when the width is not configured', async () => {
    driver.createPrinter.mockReturnValueOnce(fakePrinter());
    const devices = kioskDevices({ ...base, printer: { url: 'usb://0x0416:0x5011' } });
    await devices.printTicket?.(ticket);
    expect(driver.renderTicket).toHaveBeenCalledWith(
      ticket,
      expect.objectContaining({ paperWidth: 80 }),
    );
  });

  it('has no devices without a printer, so the server prints instead', () => {
    expect(kioskDevices(base)).toEqual({});
    expect(driver.createPrinter).not.toHaveBeenCalled();
  });

  it('lets a printer URL the driver rejects surface as an error', () => {
    driver.parsePrinterUrl.mockImplementationOnce(() => {
      throw new Error('打印机地址无效 invalid printer URL');
    });
    expect(() => kioskDevices({ ...base, printer: { url: 'usb://nonsense' } })).toThrow(
      /invalid printer URL/,
    );
  });
});
