/**
 * One visitor confirmation → one ticket, printed one way or the other.
 * In a plain browser the server prints on this kiosk's network printer and
 * reports any fault itself; under Electron the main process prints through
 * the preload bridge and the kiosk reports a failure to the server. A print
 * failure never loses the ticket: the screen shows it either way.
 *
 * The caller owns the Idempotency-Key: one per confirmation, reused on every
 * retry after a NetworkError, so a lost answer never becomes two tickets.
 */
import type { HallqApi } from '@hallq/client';
import {
  ticketMaterials,
  windowRange,
  type BridgePrintResult,
  type CatalogReply,
  type DesktopBridge,
  type TicketPrintData,
  type TicketView,
} from '@hallq/protocol';

export type Priority = 'normal' | 'priority';

export interface Confirmation {
  itemId: string;
  priority: Priority;
  /** The Idempotency-Key of this confirmation. */
  key: string;
}

export type PrintState =
  | { kind: 'ok' }
  | { kind: 'failed'; code: string }
  /** A retried confirmation the server had already answered: it printed then, or tried to. */
  | { kind: 'unknown' };

export interface IssuedTicket {
  ticket: TicketView;
  print: PrintState;
  statusUrl: string;
}

export interface IssueDeps {
  api: Pick<HallqApi, 'issueTicket' | 'reportDeviceStatus'>;
  bridge: Pick<DesktopBridge, 'printTicket'> | undefined;
  catalog: Pick<CatalogReply, 'hall' | 'units' | 'items'>;
  /** Origin of the server, for the status page behind the QR code. */
  origin: string;
}

export const statusUrlOf = (origin: string, ticketId: string): string =>
  `${origin.replace(/\/$/, '')}/t/${encodeURIComponent(ticketId)}`;

export function printDataOf(
  ticket: TicketView,
  catalog: IssueDeps['catalog'],
  statusUrl: string,
): TicketPrintData {
  const materials = catalog.items.find((i) => i.id === ticket.itemId)?.guide?.materials;
  return {
    hallName: catalog.hall.name,
    unitName: catalog.units.find((u) => u.id === ticket.unitId)?.name ?? '',
    itemName: catalog.items.find((i) => i.id === ticket.itemId)?.name ?? '',
    number: ticket.number,
    ahead: ticket.ahead,
    issuedAt: ticket.issuedAt,
    timeZone: catalog.hall.timeZone,
    statusUrl,
    priority: ticket.priority === 'priority',
    ...(ticket.zone ? { zone: ticket.zone } : {}),
    ...(ticket.windowNumbers?.length ? { windows: windowRange(ticket.windowNumbers) } : {}),
    // 一次性告知: the site prints the item's 申请材料 on the ticket.
    ...(catalog.hall.printMaterials && materials?.length
      ? { materials: ticketMaterials(materials) }
      : {}),
  };
}

async function printLocally(
  deps: IssueDeps,
  bridge: Pick<DesktopBridge, 'printTicket'>,
  ticket: TicketView,
  statusUrl: string,
): Promise<PrintState> {
  let result: BridgePrintResult;
  try {
    result = await bridge.printTicket(printDataOf(ticket, deps.catalog, statusUrl));
  } catch (err) {
    result = {
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: err instanceof Error ? err.message.slice(0, 200) : '打印失败',
    };
  }
  if (result.ok) return { kind: 'ok' };
  // The admin and supervision screens learn of the fault from the server; a
  // failed report must not hide the ticket from the visitor.
  await deps.api
    .reportDeviceStatus({
      fault: { code: result.code, message: result.message.slice(0, 200), ticketId: ticket.id },
      printerStatus: result.code === 'PAPER_OUT' ? 'paperOut' : 'offline',
    })
    .catch(() => undefined);
  return { kind: 'failed', code: result.code };
}

/** Issues the ticket and prints it. ApiError and NetworkError reach the caller. */
export async function issueAndPrint(deps: IssueDeps, c: Confirmation): Promise<IssuedTicket> {
  const local = deps.bridge;
  const reply = await deps.api.issueTicket(
    { itemId: c.itemId, priority: c.priority, print: !local },
    c.key,
  );
  const { ticket } = reply;
  // The server's address for phones (never localhost); an older server sends none.
  const statusUrl = reply.statusUrl ?? statusUrlOf(deps.origin, ticket.id);
  if (local)
    return { ticket, statusUrl, print: await printLocally(deps, local, ticket, statusUrl) };
  const print: PrintState = !reply.print
    ? { kind: 'unknown' }
    : reply.print.ok
      ? { kind: 'ok' }
      : { kind: 'failed', code: reply.print.code };
  return { ticket, statusUrl, print };
}
