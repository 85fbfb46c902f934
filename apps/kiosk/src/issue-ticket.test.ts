import { describe, expect, it, vi } from 'vitest';
import type { TicketPrintData, TicketReply, TicketView } from '@hallq/protocol';
import { issueAndPrint, statusUrlOf, type IssueDeps } from './issue-ticket';
import { testCatalog } from './test-catalog';

const ticket: TicketView = {
  id: 't_abc',
  number: 'JY001',
  status: 'waiting',
  siteId: 'district',
  unitId: 'jiaoyu',
  itemId: 'JY001',
  priority: 'priority',
  businessDay: '2025-06-02',
  issuedAt: Date.parse('2025-06-02T10:00:00+08:00'),
  ahead: 3,
  estimatedWaitMs: 900_000,
  recallCount: 0,
  transferCount: 0,
  front: false,
};

function deps(reply: TicketReply, bridge?: IssueDeps['bridge']) {
  const api = {
    issueTicket: vi.fn(async () => reply),
    reportDeviceStatus: vi.fn(async () => ({ ok: true as const })),
  };
  const d: IssueDeps = { api, bridge, catalog: testCatalog(), origin: 'http://hall:8080' };
  return { d, api };
}

const confirmation = { itemId: 'JY001', priority: 'priority' as const, key: 'k-1' };

describe('issueAndPrint in a plain browser', () => {
  it('asks the server to print and sends the confirmation key', async () => {
    const { d, api } = deps({ ticket, print: { ok: true } });
    const out = await issueAndPrint(d, confirmation);
    expect(api.issueTicket).toHaveBeenCalledWith(
      { itemId: 'JY001', priority: 'priority', print: true },
      'k-1',
    );
    expect(out.print).toEqual({ kind: 'ok' });
    expect(out.statusUrl).toBe('http://hall:8080/t/t_abc');
  });

  it('a server-side print failure still gives the ticket; the server reported it itself', async () => {
    const { d, api } = deps({
      ticket,
      print: { ok: false, code: 'PAPER_OUT', message: '打印机缺纸' },
    });
    const out = await issueAndPrint(d, confirmation);
    expect(out.ticket.number).toBe('JY001');
    expect(out.print).toEqual({ kind: 'failed', code: 'PAPER_OUT' });
    expect(api.reportDeviceStatus).not.toHaveBeenCalled();
  });

  it('a replayed confirmation (no print outcome) is marked unknown', async () => {
    const { d } = deps({ ticket });
    expect((await issueAndPrint(d, confirmation)).print).toEqual({ kind: 'unknown' });
  });

  it('passes a network failure on, for a retry with the same key', async () => {
    const { d, api } = deps({ ticket });
    api.issueTicket.mockRejectedValueOnce(new Error('offline'));
    await expect(issueAndPrint(d, confirmation)).rejects.toThrow('offline');
  });
});

describe('issueAndPrint under Electron', () => {
  it('prints through the bridge with the hall, unit, item and status URL', async () => {
    const printTicket = vi.fn(async () => ({ ok: true as const }));
    const { d, api } = deps({ ticket }, { printTicket });
    const out = await issueAndPrint(d, confirmation);
    expect(api.issueTicket).toHaveBeenCalledWith(
      { itemId: 'JY001', priority: 'priority', print: false },
      'k-1',
    );
    expect(printTicket).toHaveBeenCalledWith({
      hallName: '大安区政务服务中心',
      unitName: '区教育局',
      itemName: '教师资格认定',
      number: 'JY001',
      ahead: 3,
      issuedAt: ticket.issuedAt,
      timeZone: 'Asia/Shanghai',
      statusUrl: 'http://hall:8080/t/t_abc',
      priority: true,
    });
    expect(out.print).toEqual({ kind: 'ok' });
  });

  it('prints the item’s 申请材料 (without their notes) when the site asks for 一次性告知', async () => {
    const printTicket = vi.fn(async (_data: TicketPrintData) => ({ ok: true as const }));
    const { d } = deps({ ticket }, { printTicket });
    const catalog = testCatalog();
    const materials = [
      {
        name: '居民身份证',
        form: 'original' as const,
        copies: 1,
        required: true,
        notes: '有效期内',
      },
      { name: '学历证书', form: 'both' as const, copies: 1, required: false },
    ];
    d.catalog = {
      ...catalog,
      hall: { ...catalog.hall, printMaterials: true },
      items: catalog.items.map((i) => (i.id === 'JY001' ? { ...i, guide: { materials } } : i)),
    };
    await issueAndPrint(d, confirmation);
    expect(printTicket.mock.calls[0]?.[0].materials).toEqual([
      { name: '居民身份证', form: 'original', copies: 1, required: true },
      { name: '学历证书', form: 'both', copies: 1, required: false },
    ]);

    d.catalog = { ...d.catalog, hall: { ...d.catalog.hall, printMaterials: false } };
    await issueAndPrint(d, { ...confirmation, key: 'k-2' });
    expect(printTicket.mock.calls[1]?.[0].materials).toBeUndefined();
  });

  it('prints the address the server gives for phones, and where to wait', async () => {
    const printTicket = vi.fn(async () => ({ ok: true as const }));
    const { d } = deps(
      {
        ticket: { ...ticket, zone: 'C区', windowNumbers: [24] },
        statusUrl: 'http://192.168.1.23:8080/t/t_abc',
      },
      { printTicket },
    );
    const out = await issueAndPrint(d, confirmation);
    expect(out.statusUrl).toBe('http://192.168.1.23:8080/t/t_abc');
    expect(printTicket).toHaveBeenCalledWith(
      expect.objectContaining({
        statusUrl: 'http://192.168.1.23:8080/t/t_abc',
        zone: 'C区',
        windows: '24',
      }),
    );
  });

  it('reports a failed print to the server with the ticket, and still shows the ticket', async () => {
    const printTicket = vi.fn(async () => ({
      ok: false as const,
      code: 'PAPER_OUT' as const,
      message: '打印机缺纸',
    }));
    const { d, api } = deps({ ticket }, { printTicket });
    const out = await issueAndPrint(d, confirmation);
    expect(out.print).toEqual({ kind: 'failed', code: 'PAPER_OUT' });
    expect(api.reportDeviceStatus).toHaveBeenCalledWith({
      fault: { code: 'PAPER_OUT', message: '打印机缺纸', ticketId: 't_abc' },
      printerStatus: 'paperOut',
    });
  });

  it('a bridge that throws counts as an offline printer, and a failed report hides nothing', async () => {
    const printTicket = vi.fn(async () => {
      throw new Error('ipc gone');
    });
    const { d, api } = deps({ ticket }, { printTicket });
    api.reportDeviceStatus.mockRejectedValueOnce(new Error('offline'));
    const out = await issueAndPrint(d, confirmation);
    expect(out.print).toEqual({ kind: 'failed', code: 'PRINTER_OFFLINE' });
    expect(out.ticket.number).toBe('JY001');
  });
});

describe('statusUrlOf', () => {
  it('joins origin and id without a double slash', () => {
    expect(statusUrlOf('http://h/', 'a b')).toBe('http://h/t/a%20b');
  });
});
