/**
 * The printer relay for kiosks in a plain browser: the server prints the
 * ticket on the kiosk's network printer; a printer that is down never loses
 * the ticket, and the fault is recorded for the supervisors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { fakePrinter } from '../../test/fake-printer';

/** A tcp:// URL where nothing listens. */
async function deadPrinterUrl(): Promise<string> {
  const p = await fakePrinter(() => 0x12);
  await p.close();
  return p.url;
}

describe('printing for a plain-browser kiosk', () => {
  let hall: TestHall | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
    for (const c of cleanups.splice(0)) await c();
  });

  const issuePrinted = (h: TestHall) =>
    h.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: h.device('kiosk'),
      body: { itemId: h.itemOf('yibao'), print: true },
    });

  it('prints the ticket on the network printer and says so', async () => {
    const printer = await fakePrinter(() => 0x12); // every status byte: all clear
    cleanups.push(printer.close);
    hall = await startTestHall({ env: { HALLQ_PRINTER: printer.url } });
    const res = await issuePrinted(hall);
    expect(res.status).toBe(201);
    expect(res.body.print).toEqual({ ok: true });
    const bytes = printer.bytes();
    expect(bytes.includes(Buffer.from('A001'))).toBe(true);
    // The status page URL behind the QR code names the ticket.
    expect(bytes.includes(Buffer.from(`/t/${res.body.ticket.id}`))).toBe(true);
  });

  it('a printer that is down never loses the ticket: 201, print {ok:false}, fault recorded', async () => {
    hall = await startTestHall({ env: { HALLQ_PRINTER: await deadPrinterUrl() } });
    const res = await issuePrinted(hall);
    expect(res.status).toBe(201);
    expect(res.body.ticket).toMatchObject({ number: 'A001', status: 'waiting' });
    expect(res.body.print).toMatchObject({
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: expect.stringMatching(/打印机/),
    });
    const get = await hall.request({ method: 'GET', url: `/api/v1/tickets/${res.body.ticket.id}` });
    expect(get.body.ticket.status).toBe('waiting');
    const devices = await hall.request({
      method: 'GET',
      url: '/api/v1/devices',
      token: await hall.login('supervisor'),
    });
    expect(devices.body.faults[0]).toMatchObject({ deviceId: 'kiosk-1', code: 'PRINTER_OFFLINE' });
    expect(devices.body.devices.find((d: { id: string }) => d.id === 'kiosk-1').printerStatus).toBe(
      'offline',
    );
  });

  it('out of paper: the ticket is issued, the reply says PAPER_OUT, nothing is printed', async () => {
    const printer = await fakePrinter((n) => (n === 4 ? 0x60 | 0x12 : 0x12));
    cleanups.push(printer.close);
    hall = await startTestHall({ env: { HALLQ_PRINTER: printer.url } });
    const res = await issuePrinted(hall);
    expect(res.status).toBe(201);
    expect(res.body.print).toMatchObject({ ok: false, code: 'PAPER_OUT' });
    expect(printer.bytes().includes(Buffer.from('A001'))).toBe(false);
    const status = await hall.request({
      method: 'GET',
      url: '/api/v1/devices/me/printer',
      token: hall.device('kiosk'),
    });
    expect(status.body.status).toBe('paperOut');
  });

  it('an idempotent retry does not print the ticket twice', async () => {
    const printer = await fakePrinter(() => 0x12);
    cleanups.push(printer.close);
    const h = await startTestHall({ env: { HALLQ_PRINTER: printer.url } });
    hall = h;
    const send = () =>
      h.request({
        method: 'POST',
        url: '/api/v1/tickets',
        token: h.device('kiosk'),
        headers: { 'idempotency-key': 'print-once' },
        body: { itemId: h.itemOf('yibao'), print: true },
      });
    const printed = () => printer.bytes().toString('latin1').split('A001').length - 1;
    const first = await send();
    expect(first.body.print).toEqual({ ok: true });
    const once = printed();
    expect(once).toBeGreaterThan(0);
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    expect(again.body.print).toBeUndefined();
    expect(printed()).toBe(once);
  });
});
