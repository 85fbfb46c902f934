/**
 * The one typed bridge between a renderer and its Electron main process.
 * The preload exposes an object that `satisfies DesktopBridge` on
 * `window[BRIDGE_GLOBAL]`; in a plain browser it is absent and the renderer
 * falls back to the server (e.g. the server prints for the kiosk).
 */

export type AppKind = 'kiosk' | 'caller' | 'display';

/** What a ticket printer needs; mirrors `TicketPrintData` of hardware/printer. */
export interface TicketPrintData {
  hallName: string;
  unitName: string;
  itemName: string;
  number: string;
  ahead: number;
  issuedAt: number;
  timeZone: string;
  statusUrl: string;
  priority?: boolean;
  zone?: string;
  windows?: string;
  /** 一次性告知: the item's 申请材料, when the site prints them on tickets. */
  materials?: TicketMaterial[];
}

/** One 申请材料 as a ticket lists it (mirrors hardware/printer's TicketMaterial). */
export interface TicketMaterial {
  name: string;
  form: 'original' | 'copy' | 'both';
  copies: number;
  required: boolean;
}

/** The checklist a ticket prints from an office guide's materials (their notes stay off paper). */
export function ticketMaterials(
  materials: readonly {
    name: string;
    form: TicketMaterial['form'];
    copies: number;
    required: boolean;
  }[],
): TicketMaterial[] {
  return materials.map(({ name, form, copies, required }) => ({ name, form, copies, required }));
}

export type BridgePrinterStatus = 'online' | 'paperNearEnd' | 'paperOut' | 'coverOpen' | 'offline';

export type BridgePrintResult =
  | { ok: true }
  | {
      ok: false;
      code: 'PRINTER_OFFLINE' | 'PAPER_OUT' | 'TIMEOUT' | 'NOT_SUPPORTED';
      message: string;
    };

export interface BridgeConfig {
  serverUrl: string;
  deviceToken: string;
}

export interface DesktopBridge {
  readonly app: AppKind;
  getConfig(): Promise<BridgeConfig>;
  printTicket(data: TicketPrintData): Promise<BridgePrintResult>;
  printerStatus(): Promise<BridgePrinterStatus>;
}

/** IPC channel names: the only channels the main process answers. */
export const BRIDGE_CHANNELS = {
  getConfig: 'hallq:get-config',
  printTicket: 'hallq:print-ticket',
  printerStatus: 'hallq:printer-status',
} as const;

export const BRIDGE_GLOBAL = 'hallq';

declare global {
  interface Window {
    hallq?: DesktopBridge;
  }
}
