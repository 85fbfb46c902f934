/**
 * The socket.io contract. Every hall event carries the site's `seq`, a
 * strictly increasing number per site; a client that reconnects sends its
 * last seq and gets exactly the events it missed, or a snapshot when the gap
 * is older than the server keeps.
 */
import type { AlertView } from './schemas/alerts';
import type { ProxyTicketView } from './schemas/proxy';
import type { HallSnapshot } from './schemas/queues';
import type { StaffBrief } from './schemas/windows';

/**
 * A ticket as an event names it: enough for a screen to show it and count it.
 * `unitId` is the ticket's unit when the event happened (before a transfer
 * moves it).
 */
export interface TicketRef {
  id: string;
  number: string;
  unitId: string;
  itemId: string;
  priority: 'normal' | 'priority';
  issuedAt: number;
  transferCount: number;
}
export interface WindowRef {
  id: string;
  number: number;
  name: string;
}

/** Who made an admin change: a staff member, or `pnpm hallq` writing while no server ran. */
export interface ActorRef {
  kind: 'staff' | 'cli';
  id: string;
  name: string;
}

/** A catalogue entry as it was stored (the core's Site, Unit, Item or Window). */
export type CatalogEntry = { id: string } & Record<string, unknown>;

/** A staff member as an admin event names them (never a password hash). */
export interface StaffRecord {
  id: string;
  username: string;
  name: string;
  staffNo: string;
  role: 'admin' | 'supervisor' | 'clerk' | 'agent';
  siteId: string;
  windowIds: string[];
  active: boolean;
}

export interface DeviceRecord {
  id: string;
  kind: 'kiosk' | 'caller' | 'display' | 'rater';
  siteId: string;
  name: string;
  revoked: boolean;
}

interface Base {
  seq: number;
  siteId: string;
  at: number;
}

/**
 * Version 2: every payload is built from the stored domain event, the
 * catalogue and the staff list alone (never from a state), so a replay is
 * never stale. Window events name the window; the hall-view reducer derives
 * its state.
 */
export interface HallEventPayloads {
  'ticket.issued': Base & { ticket: TicketRef; businessDay: string };
  'ticket.called': Base & {
    ticket: TicketRef;
    window: WindowRef;
    staffId?: string;
    manualReason?: string;
  };
  'ticket.recalled': Base & {
    ticket: TicketRef;
    window: WindowRef;
    staffId?: string;
    recallCount: number;
  };
  'ticket.started': Base & { ticket: TicketRef; window: WindowRef; staffId?: string };
  'ticket.finished': Base & { ticket: TicketRef; window: WindowRef; staffId?: string };
  'ticket.noShow': Base & { ticket: TicketRef; window: WindowRef; staffId?: string };
  'ticket.transferred': Base & {
    ticket: TicketRef;
    window: WindowRef;
    staffId?: string;
    toUnitId: string;
    toItemId: string;
    toWindowId?: string;
    position: 'front' | 'back';
    /** Why it was sent on (absent: none given). */
    note?: string;
  };
  /**
   * 过号恢复: a 过号 ticket of the day waits again in its unit's (or target
   * window's) queue. `staffId` restored it, at `window` when a clerk did.
   */
  'ticket.restored': Base & {
    ticket: TicketRef;
    staffId: string;
    window?: WindowRef;
    position: 'front' | 'back';
  };
  /** `window`: the window that held it (now free); absent for a waiting ticket. */
  'ticket.cancelled': Base & { ticket: TicketRef; window?: WindowRef };
  /** `cover`: 顶岗, a supervisor covering a window that is not theirs. */
  'window.signedIn': Base & { window: WindowRef; staff: StaffBrief; cover?: true };
  'window.signedOut': Base & { window: WindowRef };
  /** `until`: the expected return, local "HH:MM", when the clerk gave one. */
  'window.paused': Base & { window: WindowRef; reason: string; until?: string };
  'window.resumed': Base & { window: WindowRef };
  /**
   * `businessDay` closed; `currentDay` is the site's day after the close (the
   * same day for an explicit close); `todayUnitIds` is each window's units on
   * `currentDay` (the rota moves with the day).
   */
  'day.closed': Base & {
    businessDay: string;
    currentDay: string;
    expired: number;
    todayUnitIds: Record<string, string[]>;
  };
  'notice.updated': Base & { notice: string; actor?: ActorRef };
  /**
   * An admin changed the catalogue. `after` is the entry as now stored;
   * `before` is absent for a new one. A window's event also carries the
   * units it serves on the day of `at` (the rota applied) so a screen moves
   * its view without a catalogue read.
   */
  'catalog.changed': Base & {
    actor: ActorRef;
    kind: 'site' | 'unit' | 'item' | 'window';
    id: string;
    before?: CatalogEntry;
    after: CatalogEntry;
    window?: WindowRef & { todayUnitIds: string[] };
  };
  'staff.changed': Base & {
    actor: ActorRef;
    action: 'created' | 'updated' | 'disabled' | 'enabled' | 'passwordReset' | 'passwordChanged';
    before?: StaffRecord;
    after: StaffRecord;
  };
  'device.changed': Base & {
    actor: ActorRef;
    action: 'created' | 'revoked';
    after: DeviceRecord;
  };
  /**
   * A device reported a fault (a kiosk's printer out of paper, offline…):
   * for the supervisors, and for the supervision alerts to come. The ticket
   * it happened on, when there was one, is of the device's own site.
   */
  'device.fault': Base & {
    deviceId: string;
    deviceName: string;
    code: string;
    message: string;
    ticketId?: string;
    ticketNumber?: string;
  };
  /**
   * 电子监察 (core S9): an alert opened, turned red or went to the admin,
   * was acknowledged, or closed (with why). Logged like any event of the
   * site; screens other than the supervisor's ignore them. The note of an
   * acknowledgement is not sent here: supervisors read it in their room
   * (`alert`) and from GET /alerts.
   */
  'alert.opened': Base & { alert: AlertRef };
  'alert.escalated': Base & { alertId: string; to: 'red' | 'admin' };
  'alert.acknowledged': Base & { alertId: string; by: { id: string; name: string } };
  'alert.closed': Base & { alertId: string; reason: string };
  /**
   * 好差评: a ticket rated (not how: the level and reasons are for
   * supervisors, GET /ratings), or closed unrated; a 差评's rectification
   * case opened, and each of its steps. The caller shows whether its
   * visitor rated; the rating pad returns to idle.
   */
  'rating.submitted': Base & {
    ratingId: string;
    ticketId: string;
    windowId: string;
    channel: 'pad' | 'phone';
    defaulted: boolean;
  };
  /** pad: the pad timed out (the phone may still rate it); closed: every way to rate is over. */
  'rating.unrated': Base & { ticketId: string; windowId: string; reason: 'pad' | 'closed' };
  'case.opened': Base & { caseId: string; ticketId: string; windowId: string };
  'case.stepped': Base & { caseId: string; kind: string; status: string };
  /** The visitor rated the rectification of their 差评 (how: GET /rating-cases). */
  'case.visitorRated': Base & { caseId: string };
  /** An admin entered a year of the official calendar (holidays, 调休). */
  'calendar.changed': Base & { year: number };
  /**
   * 全程代办 (core Q27, Q28): a proxy ticket registered by a village agent, and
   * each step of it. Logged on the handling site's own proxy stream, never
   * sent to its screens: its staff and the agent get the ticket as it stands
   * (`proxy`, the applicant masked).
   */
  'proxy.registered': Base & {
    proxyId: string;
    unitId: string;
    itemId: string;
    agentId: string;
    dueDay: string;
  };
  'proxy.stepped': Base & {
    proxyId: string;
    kind: string;
    status: string;
    trips: number;
    agentId: string;
  };
}

/** An alert as its opening event names it (AlertView has it with its later facts). */
export type AlertRef = Pick<
  AlertView,
  'id' | 'rule' | 'level' | 'windowId' | 'ticketId' | 'unitId' | 'staffId' | 'deviceId' | 'detail'
>;
export type HallEventName = keyof HallEventPayloads;

/** One event as kept in the replay log and sent in a resync. */
export type WireEvent = {
  [K in HallEventName]: { name: K; payload: HallEventPayloads[K] };
}[HallEventName];

export const HALL_EVENT_NAMES = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.noShow',
  'ticket.transferred',
  'ticket.cancelled',
  'ticket.restored',
  'window.signedIn',
  'window.signedOut',
  'window.paused',
  'window.resumed',
  'day.closed',
  'notice.updated',
  'catalog.changed',
  'staff.changed',
  'device.changed',
  'device.fault',
  'alert.opened',
  'alert.escalated',
  'alert.acknowledged',
  'alert.closed',
  'rating.submitted',
  'rating.unrated',
  'case.opened',
  'case.stepped',
  'case.visitorRated',
  'calendar.changed',
  'proxy.registered',
  'proxy.stepped',
] as const satisfies readonly HallEventName[];

export type SyncReply =
  | { ok: true; mode: 'events'; events: WireEvent[]; seq: number }
  | { ok: true; mode: 'snapshot'; snapshot: HallSnapshot; seq: number }
  | { ok: false; code: string; message: string };

export interface HelloPayload {
  protocolVersion: number;
  serverVersion: string;
  siteId: string;
  seq: number;
  /** Changes whenever the server's database is replaced: a client seeing a new epoch resyncs from scratch. */
  epoch: string;
}

export type ServerToClientEvents = {
  [K in HallEventName]: (payload: HallEventPayloads[K]) => void;
} & {
  hello: (payload: HelloPayload) => void;
  /** Supervisors' room only: an alert as it stands after each of its events. */
  alert: (payload: AlertView) => void;
  /** The handling site's staff and the agent: a proxy ticket as it stands (masked). */
  proxy: (payload: ProxyTicketView) => void;
};

export interface ClientToServerEvents {
  /** Ask for what was missed since `since` (null: a snapshot). */
  sync: (request: { since: number | null; epoch?: string }, reply: (r: SyncReply) => void) => void;
}

/** `auth` of the socket.io handshake. */
export interface SocketAuth {
  token: string;
  siteId: string;
  protocolVersion?: number;
  /** Display devices may limit themselves to a zone or units. */
  zone?: string;
}
