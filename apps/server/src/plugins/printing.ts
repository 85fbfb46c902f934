/**
 * The printer relay: a kiosk running in a plain browser cannot reach a
 * printer, so the server prints its tickets on the network printer configured
 * for that device (in demo mode the printer emulator). A print failure never
 * loses the ticket: the reply carries the coded outcome, and the fault is
 * recorded for the admin and supervision screens.
 */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import {
  createPrinter,
  parsePrinterUrl,
  preloadTicketRenderer,
  renderTicket,
  type Printer,
} from '@hallq/printer';
import { ticketMaterials, windowRange, type PrintOutcome, type TicketView } from '@hallq/protocol';
import type { DeviceRow } from '../domain/accounts';
import { reportDeviceFault } from '../domain/device-faults';
import { allowedPrinterHosts, printerUrlProblem } from '../security/printer-url';

declare module 'fastify' {
  interface FastifyInstance {
    printForKiosk(
      device: DeviceRow,
      ticket: TicketView,
      request: FastifyRequest,
    ): Promise<PrintOutcome>;
    /** Asks the kiosk's network printer for its state (DLE EOT); undefined when none is configured. */
    kioskPrinterStatus(device: DeviceRow): Promise<string | undefined>;
  }
}

export default fp(
  async (app) => {
    const printers = new Map<string, Printer>();
    const printerFor = (url: string): Printer => {
      let p = printers.get(url);
      if (!p) {
        p = createPrinter(parsePrinterUrl(url));
        printers.set(url, p);
      }
      return p;
    };

    const hosts = allowedPrinterHosts(app.config.HALLQ_PRINTER_HOSTS);
    // The operator's HALLQ_PRINTER is trusted; a stored address is checked
    // again here, so one written before the rule (or around it) is never dialled.
    const urlFor = (device: DeviceRow) => {
      if (device.demo && app.config.HALLQ_PRINTER) return app.config.HALLQ_PRINTER;
      const url = device.printer_url;
      return url && printerUrlProblem(url, hosts) === undefined ? url : undefined;
    };

    app.decorate('kioskPrinterStatus', async (device: DeviceRow) => {
      const url = urlFor(device);
      if (!url) return undefined;
      const status = await printerFor(url)
        .status()
        .catch(() => 'offline' as const);
      app.accounts.touchDevice(device.id, app.clock.now(), { printerStatus: status });
      return status;
    });

    app.decorate(
      'printForKiosk',
      async (device: DeviceRow, ticket: TicketView, request: FastifyRequest) => {
        const url = urlFor(device);
        if (!url)
          return {
            ok: false as const,
            code: 'PRINTER_NOT_CONFIGURED',
            message: '该取号机未配置打印机',
          };
        const { catalog } = app.hall.state;
        const unit = catalog.units[ticket.unitId];
        const item = catalog.items[ticket.itemId];
        const site = catalog.sites[ticket.siteId];
        const now = app.clock.now();
        let result;
        try {
          result = await printerFor(url).print(
            renderTicket({
              hallName: site?.name ?? '',
              unitName: unit?.name ?? '',
              itemName: item?.name ?? '',
              number: ticket.number,
              ahead: ticket.ahead,
              issuedAt: ticket.issuedAt,
              timeZone: site?.timeZone ?? app.config.HALLQ_TIMEZONE,
              statusUrl: app.publicUrl.statusUrl(ticket.id, request),
              priority: ticket.priority === 'priority',
              ...(ticket.zone ? { zone: ticket.zone } : {}),
              ...(ticket.windowNumbers?.length
                ? { windows: windowRange(ticket.windowNumbers) }
                : {}),
              // 一次性告知: the site asks for the item's 申请材料 on the ticket.
              ...(site?.printMaterials && item?.guide?.materials.length
                ? { materials: ticketMaterials(item.guide.materials) }
                : {}),
            }),
          );
        } catch (err) {
          request.log.error({ err }, 'printing failed unexpectedly');
          result = { ok: false as const, code: 'PRINTER_OFFLINE' as const, message: '打印机故障' };
        }
        if (result.ok) {
          app.accounts.touchDevice(device.id, now, { printerStatus: 'online' });
          return { ok: true as const };
        }
        app.accounts.touchDevice(device.id, now, {
          printerStatus: result.code === 'PAPER_OUT' ? 'paperOut' : 'offline',
        });
        reportDeviceFault(app, device, {
          code: result.code,
          message: result.message,
          ticketId: ticket.id,
        });
        request.log.warn({ device: device.id, code: result.code }, 'kiosk ticket not printed');
        return { ok: false as const, code: result.code, message: result.message };
      },
    );

    // The ESC/POS encoder loads once the server is listening, not before:
    // the hall is reachable sooner, and the first ticket does not wait for it.
    let preload: NodeJS.Timeout | undefined;
    app.addHook('onListen', (done) => {
      preload = setTimeout(preloadTicketRenderer, 1_000);
      preload.unref();
      done();
    });
    app.addHook('onClose', async () => {
      clearTimeout(preload);
      await Promise.all([...printers.values()].map((p) => p.close().catch(() => undefined)));
    });
  },
  { name: 'printing', dependencies: ['hall', 'public-url'] },
);
