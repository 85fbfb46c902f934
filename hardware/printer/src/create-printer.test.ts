import { describe, expect, it } from 'vitest';
import { createPortPrinter } from './create-printer';
import type { PortPrinterOptions } from './create-printer';
import type { StatusQuery } from './escpos-raw';
import { PortError } from './printer-port';
import type { PrinterPort } from './printer-port';

const HEALTHY: Record<StatusQuery, number> = { 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12 };
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Script {
  open?: () => Promise<void>;
  write?: (bytes: Uint8Array) => Promise<void>;
  status?: Partial<Record<StatusQuery, number>>;
  queryStatus?: (n: StatusQuery) => Promise<number>;
  canQueryStatus?: boolean;
}

/** A scripted transport that records what the Printer did with it. */
class FakePort implements PrinterPort {
  readonly canQueryStatus: boolean;
  readonly written: Uint8Array[] = [];
  readonly queries: StatusQuery[] = [];
  aborted = false;
  closed = false;
  constructor(
    private readonly script: Script,
    private readonly log: string[] = [],
    private readonly name = 'port',
  ) {
    this.canQueryStatus = script.canQueryStatus ?? true;
  }
  async open(): Promise<void> {
    this.log.push(`${this.name} open`);
    await (this.script.open?.() ?? Promise.resolve());
  }
  async write(bytes: Uint8Array): Promise<void> {
    await (this.script.write?.(bytes) ?? Promise.resolve());
    this.written.push(bytes);
    this.log.push(`${this.name} write ${Buffer.from(bytes).toString()}`);
  }
  async queryStatus(n: StatusQuery): Promise<number> {
    this.queries.push(n);
    if (this.script.queryStatus) return this.script.queryStatus(n);
    return { ...HEALTHY, ...this.script.status }[n];
  }
  async close(): Promise<void> {
    this.closed = true;
    this.log.push(`${this.name} close`);
  }
  abort(): void {
    this.aborted = true;
  }
}

let keys = 0;
function printerOn(ports: FakePort[], options: Partial<PortPrinterOptions> = {}) {
  const opened: FakePort[] = [];
  const printer = createPortPrinter({
    key: `fake-${++keys}`,
    openPort: () => {
      const port = ports[opened.length];
      if (!port) throw new Error('test opened more ports than it scripted');
      opened.push(port);
      return port;
    },
    timeouts: { connectMs: 50, responseMs: 50, closeMs: 50 },
    ...options,
  });
  return { printer, opened };
}

const TICKET = Buffer.from('ticket');
const dropped = (): Promise<void> => Promise.reject(new PortError('dropped', 'connection reset'));

describe('Printer.print', () => {
  it('checks status, writes the job, confirms it with one more query, and closes', async () => {
    const port = new FakePort({});
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toEqual({ ok: true });
    expect(port.queries).toEqual([1, 2, 4, 1]);
    expect(port.written).toEqual([TICKET]);
    expect(port.closed).toBe(true);
  });

  it('retries once when the connection drops mid-job, and then succeeds', async () => {
    const first = new FakePort({ write: dropped });
    const second = new FakePort({});
    const { printer, opened } = printerOn([first, second]);
    expect(await printer.print(TICKET)).toEqual({ ok: true });
    expect(opened).toEqual([first, second]);
    expect(second.written).toEqual([TICKET]);
  });

  it('gives up with PRINTER_OFFLINE when the retry drops too, without a third try', async () => {
    const { printer, opened } = printerOn([
      new FakePort({ write: dropped }),
      new FakePort({ queryStatus: () => Promise.reject(new PortError('dropped', 'reset')) }),
      new FakePort({}),
    ]);
    const result = await printer.print(TICKET);
    expect(result).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE' });
    expect(opened).toHaveLength(2);
  });

  it('reports PRINTER_OFFLINE when the printer cannot be reached, and does not retry', async () => {
    const { printer, opened } = printerOn([
      new FakePort({ open: () => Promise.reject(new PortError('unreachable', 'ECONNREFUSED')) }),
    ]);
    const result = await printer.print(TICKET);
    expect(result).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE', detail: 'ECONNREFUSED' });
    expect(result.ok === false && result.message).toMatch(/无法连接打印机/);
    expect(opened).toHaveLength(1);
  });

  it('gives up on a connection that never opens after the connect timeout and aborts it', async () => {
    const port = new FakePort({ open: never });
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE' });
    expect(port.aborted).toBe(true);
  });

  it('gives TIMEOUT, writing nothing, when the printer does not answer the status query', async () => {
    const port = new FakePort({ queryStatus: never });
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toMatchObject({ ok: false, code: 'TIMEOUT' });
    expect(port.written).toEqual([]);
    expect(port.aborted).toBe(true);
  });

  it('gives TIMEOUT when the printer stops taking data mid-job', async () => {
    const port = new FakePort({ write: never });
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toMatchObject({ ok: false, code: 'TIMEOUT' });
    expect(port.aborted).toBe(true);
  });

  it('refuses to print on an empty roll: PAPER_OUT and nothing written', async () => {
    const port = new FakePort({ status: { 1: 0x1a, 2: 0x32, 4: 0x7e } });
    const { printer } = printerOn([port]);
    const result = await printer.print(TICKET);
    expect(result).toMatchObject({ ok: false, code: 'PAPER_OUT' });
    expect(result.ok === false && result.message).toMatch(/缺纸/);
    expect(port.written).toEqual([]);
  });

  it('refuses to print with the cover open', async () => {
    const port = new FakePort({ status: { 1: 0x1a, 2: 0x16 } });
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: expect.stringMatching(/纸仓盖/),
    });
    expect(port.written).toEqual([]);
  });

  it('prints when the paper is nearly out, and says so', async () => {
    const port = new FakePort({ status: { 4: 0x1e } });
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toEqual({ ok: true, warning: 'paperNearEnd' });
    expect(port.written).toEqual([TICKET]);
  });

  it('prints without queries on a transport that cannot read status', async () => {
    const port = new FakePort({ canQueryStatus: false, queryStatus: never });
    const { printer } = printerOn([port]);
    expect(await printer.print(TICKET)).toEqual({ ok: true });
    expect(port.queries).toEqual([]);
  });

  it('reports a transport that throws as PRINTER_OFFLINE instead of rejecting', async () => {
    const { printer } = printerOn([
      new FakePort({ write: () => Promise.reject(new Error('EIO')) }),
    ]);
    expect(await printer.print(TICKET)).toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
      detail: 'EIO',
    });
  });

  it('runs jobs for one device one at a time, across Printer objects, in the order asked', async () => {
    const log: string[] = [];
    const slowWrite = () => tick(20);
    const ports = [
      new FakePort({ write: slowWrite }, log, 'a'),
      new FakePort({ write: slowWrite }, log, 'b'),
    ];
    let next = 0;
    const openPort = () => ports[next++] as FakePort;
    const timeouts = { responseMs: 1000 };
    const one = createPortPrinter({ key: 'shared-device', openPort, timeouts });
    const two = createPortPrinter({ key: 'shared-device', openPort, timeouts });
    const results = await Promise.all([one.print(Buffer.from('1')), two.print(Buffer.from('2'))]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(log).toEqual(['a open', 'a write 1', 'a close', 'b open', 'b write 2', 'b close']);
  });

  it('lets a job through after the one before it failed', async () => {
    const { printer } = printerOn([new FakePort({ open: never }), new FakePort({})]);
    const [first, second] = await Promise.all([printer.print(TICKET), printer.print(TICKET)]);
    expect(first).toMatchObject({ ok: false });
    expect(second).toEqual({ ok: true });
  });

  it('finishes queued jobs on close, then refuses new ones', async () => {
    const port = new FakePort({ write: () => tick(20) });
    const { printer } = printerOn([port], { timeouts: { responseMs: 1000 } });
    const queued = printer.print(TICKET);
    await printer.close();
    expect(await queued).toEqual({ ok: true });
    expect(await printer.print(TICKET)).toMatchObject({ ok: false, code: 'PRINTER_OFFLINE' });
  });
});

describe('Printer.status', () => {
  it('reads the printer state from its replies', async () => {
    const { printer } = printerOn([new FakePort({ status: { 4: 0x7e } }), new FakePort({})]);
    expect(await printer.status()).toBe('paperOut');
    expect(await printer.status()).toBe('online');
  });

  it('is offline when the printer cannot be reached or does not answer', async () => {
    const { printer } = printerOn([
      new FakePort({ open: () => Promise.reject(new PortError('unreachable', 'ECONNREFUSED')) }),
      new FakePort({ queryStatus: never }),
    ]);
    expect(await printer.status()).toBe('offline');
    expect(await printer.status()).toBe('offline');
  });
});
