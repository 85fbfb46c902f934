/**
 * What goes on a ticket (小票) and how the paper is laid out. The kiosk and the
 * server fill in `TicketPrintData`; `renderTicket` turns it into bytes.
 */

export interface TicketPrintData {
  hallName: string;
  unitName: string;
  itemName: string;
  /** The ticket number as called, e.g. `A012`. */
  number: string;
  /** People waiting before this ticket. */
  ahead: number;
  /** Issue time, epoch milliseconds. */
  issuedAt: number;
  /** IANA time zone of the site, e.g. `Asia/Shanghai`: the ticket shows local time. */
  timeZone: string;
  /** QR payload: the URL where the visitor follows the ticket. */
  statusUrl: string;
  /** Priority ticket (优先号: elderly, disabled, military). */
  priority?: boolean;
  /** The hall zone of its windows, e.g. `A区`. */
  zone?: string;
  /** The windows serving it today as read aloud, e.g. `5–8` (printed "请到 A区 5–8 号窗口等候"). */
  windows?: string;
  /** 一次性告知: the item's 申请材料, listed on the ticket when the site asks for it. */
  materials?: TicketMaterial[];
}

/** One 申请材料 as the ticket lists it. */
export interface TicketMaterial {
  name: string;
  /** 原件, 复印件, or 原件及复印件. */
  form: 'original' | 'copy' | 'both';
  copies: number;
  required: boolean;
}

export interface TicketLayout {
  paperWidth: 80 | 58;
  /** Two notice lines printed under the time. */
  notices: [string, string];
}

/**
 * A missed (过号) number is not lost: a clerk can restore it that day
 * (过号恢复), so the ticket says where to ask rather than to take another.
 */
export const DEFAULT_LAYOUT: TicketLayout = {
  paperWidth: 80,
  notices: ['请留意叫号', '过号当日可到咨询导办申请恢复'],
};

/**
 * Columns of normal-size text (12×24 dot font A) on the printable width:
 * 80 mm paper prints 72 mm = 576 dots = 48 columns, 58 mm prints 48 mm = 384
 * dots = 32 columns.
 */
export function paperColumns(paperWidth: TicketLayout['paperWidth']): number {
  return paperWidth === 58 ? 32 : 48;
}
