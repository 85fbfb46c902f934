/**
 * The socket.io contract as TypeBox schemas: every hall event's payload, the
 * handshake's `auth`, `hello`, `sync` and the rooms' messages. The types the
 * server and the screens use (socket-events.ts) are derived from these, and
 * the AsyncAPI document at /docs/asyncapi.json is generated from them: one
 * definition, never a hand-written copy.
 *
 * Every hall event carries the site's `seq`, a strictly increasing number per
 * site; a client that reconnects sends its last seq and gets exactly the
 * events it missed, or a snapshot when the gap is older than the server keeps.
 */
import { Type, type TSchema } from 'typebox';
import { AlertView } from './alerts';
import { ProxyTicketView } from './proxy';
import { HallSnapshot } from './queues';
import { StaffBrief } from './windows';

const Str = Type.String();
const Ms = Type.Integer({ description: 'epoch milliseconds' });

/**
 * A ticket as an event names it: enough for a screen to show it and count it.
 * `unitId` is the ticket's unit when the event happened (before a transfer
 * moves it).
 */
export const TicketRef = Type.Object({
  id: Str,
  number: Type.String({ description: 'as printed, e.g. A001' }),
  unitId: Str,
  itemId: Str,
  priority: Type.Union([Type.Literal('normal'), Type.Literal('priority')]),
  issuedAt: Ms,
  transferCount: Type.Integer({ minimum: 0 }),
});
export const WindowRef = Type.Object({ id: Str, number: Type.Integer(), name: Str });

/** Who made an admin change: a staff member, or `pnpm hallq` writing while no server ran. */
export const ActorRef = Type.Object({
  kind: Type.Union([Type.Literal('staff'), Type.Literal('cli')]),
  id: Str,
  name: Str,
});

/** A catalogue entry as it was stored (the core's Site, Unit, Item or Window). */
export const CatalogEntry = Type.Intersect([
  Type.Object({ id: Str }),
  Type.Record(Type.String(), Type.Unknown()),
]);

/** A staff member as an admin event names them (never a password hash). */
export const StaffRecord = Type.Object({
  id: Str,
  username: Str,
  name: Str,
  staffNo: Str,
  role: Type.Union([
    Type.Literal('admin'),
    Type.Literal('supervisor'),
    Type.Literal('clerk'),
    Type.Literal('agent'),
  ]),
  siteId: Str,
  windowIds: Type.Array(Str),
  active: Type.Boolean(),
});

export const DeviceRecord = Type.Object({
  id: Str,
  kind: Type.Union([
    Type.Literal('kiosk'),
    Type.Literal('caller'),
    Type.Literal('display'),
    Type.Literal('rater'),
  ]),
  siteId: Str,
  name: Str,
  revoked: Type.Boolean(),
});

/** An alert as its opening event names it (AlertView has it with its later facts). */
export const AlertRef = Type.Pick(AlertView, [
  'id',
  'rule',
  'level',
  'windowId',
  'ticketId',
  'unitId',
  'staffId',
  'deviceId',
  'detail',
]);

const base = { seq: Type.Integer({ minimum: 1 }), siteId: Str, at: Ms };
/** An event's payload: the common `seq`, `siteId` and `at`, then its own fields. */
const event = <P extends Record<string, TSchema>>(fields: P, description: string) =>
  Type.Object({ ...base, ...fields }, { description });

const atWindow = { ticket: TicketRef, window: WindowRef, staffId: Type.Optional(Str) };
const Position = Type.Union([Type.Literal('front'), Type.Literal('back')]);

/**
 * Version 2 of the payloads: every one is built from the stored domain event,
 * the catalogue and the staff list alone (never from a state), so a replay is
 * never stale. Window events name the window; the hall-view reducer derives
 * its state.
 */
export const HallEventSchemas = {
  'ticket.issued': event({ ticket: TicketRef, businessDay: Str }, 'A visitor took a number.'),
  'ticket.called': event(
    { ...atWindow, manualReason: Type.Optional(Str) },
    'A window called a ticket (选号呼叫 when `manualReason` is given). The hall screen shows and speaks it.',
  ),
  'ticket.recalled': event(
    { ...atWindow, recallCount: Type.Integer({ minimum: 1 }) },
    'The window called its ticket again (重呼).',
  ),
  'ticket.started': event(atWindow, 'The visitor arrived and service began (开始办理).'),
  'ticket.finished': event(atWindow, 'Service finished (办结).'),
  'ticket.noShow': event(atWindow, 'The visitor did not come (过号).'),
  'ticket.transferred': event(
    {
      ...atWindow,
      toUnitId: Str,
      toItemId: Str,
      toWindowId: Type.Optional(Str),
      position: Position,
      note: Type.Optional(Type.String({ description: 'why it was sent on (absent: none given)' })),
    },
    'The ticket was sent to another unit or window (转移).',
  ),
  'ticket.restored': event(
    { ticket: TicketRef, staffId: Str, window: Type.Optional(WindowRef), position: Position },
    "过号恢复: a 过号 ticket of the day waits again in its unit's (or target window's) queue; `window` is where a clerk restored it.",
  ),
  'ticket.cancelled': event(
    { ticket: TicketRef, window: Type.Optional(WindowRef) },
    'The ticket was cancelled; `window` is the window that held it (now free), absent for a waiting ticket.',
  ),
  'window.signedIn': event(
    { window: WindowRef, staff: StaffBrief, cover: Type.Optional(Type.Literal(true)) },
    'A clerk opened the window; `cover`: 顶岗, a supervisor covering a window that is not theirs.',
  ),
  'window.signedOut': event({ window: WindowRef }, 'The window closed.'),
  'window.paused': event(
    {
      window: WindowRef,
      reason: Str,
      until: Type.Optional(Type.String({ description: 'expected return, local HH:MM' })),
    },
    'The window paused (暂停服务).',
  ),
  'window.resumed': event({ window: WindowRef }, 'The window resumed.'),
  'day.closed': event(
    {
      businessDay: Str,
      currentDay: Str,
      expired: Type.Integer({ minimum: 0 }),
      todayUnitIds: Type.Record(Type.String(), Type.Array(Str)),
    },
    "`businessDay` closed; `currentDay` is the site's day after the close; `todayUnitIds` is each window's units on it (the rota moves with the day).",
  ),
  'notice.updated': event(
    { notice: Str, actor: Type.Optional(ActorRef) },
    'The scrolling notice (公告) changed.',
  ),
  'catalog.changed': event(
    {
      actor: ActorRef,
      kind: Type.Union([
        Type.Literal('site'),
        Type.Literal('unit'),
        Type.Literal('item'),
        Type.Literal('window'),
      ]),
      id: Str,
      before: Type.Optional(CatalogEntry),
      after: CatalogEntry,
      window: Type.Optional(
        Type.Intersect([WindowRef, Type.Object({ todayUnitIds: Type.Array(Str) })]),
      ),
    },
    "An admin changed the catalogue: `after` as now stored, `before` absent for a new entry. A window's event carries the units it serves today.",
  ),
  'staff.changed': event(
    {
      actor: ActorRef,
      action: Type.Union([
        Type.Literal('created'),
        Type.Literal('updated'),
        Type.Literal('disabled'),
        Type.Literal('enabled'),
        Type.Literal('passwordReset'),
        Type.Literal('passwordChanged'),
      ]),
      before: Type.Optional(StaffRecord),
      after: StaffRecord,
    },
    'An admin changed a staff member (never a password hash).',
  ),
  'device.changed': event(
    {
      actor: ActorRef,
      action: Type.Union([Type.Literal('created'), Type.Literal('revoked')]),
      after: DeviceRecord,
    },
    'A device was registered or revoked.',
  ),
  'device.fault': event(
    {
      deviceId: Str,
      deviceName: Str,
      code: Str,
      message: Str,
      ticketId: Type.Optional(Str),
      ticketNumber: Type.Optional(Str),
    },
    "A device reported a fault (a kiosk's printer out of paper, offline…).",
  ),
  'alert.opened': event(
    { alert: AlertRef },
    '电子监察: an alert opened (supervision stream only).',
  ),
  'alert.escalated': event(
    { alertId: Str, to: Type.Union([Type.Literal('red'), Type.Literal('admin')]) },
    'An alert turned red, or went to the admin unacknowledged.',
  ),
  'alert.acknowledged': event(
    { alertId: Str, by: Type.Object({ id: Str, name: Str }) },
    'A supervisor acknowledged an alert (the note is read from GET /alerts).',
  ),
  'alert.closed': event({ alertId: Str, reason: Str }, 'An alert closed, with why.'),
  'rating.submitted': event(
    {
      ratingId: Str,
      ticketId: Str,
      windowId: Str,
      channel: Type.Union([Type.Literal('pad'), Type.Literal('phone')]),
      defaulted: Type.Boolean(),
    },
    '好差评: a ticket was rated (the level is for supervisors, GET /ratings).',
  ),
  'rating.unrated': event(
    {
      ticketId: Str,
      windowId: Str,
      reason: Type.Union([Type.Literal('pad'), Type.Literal('closed')]),
    },
    'pad: the pad timed out (the phone may still rate); closed: every way to rate is over.',
  ),
  'case.opened': event(
    { caseId: Str, ticketId: Str, windowId: Str },
    "A 差评's rectification case opened.",
  ),
  'case.stepped': event({ caseId: Str, kind: Str, status: Str }, 'A step of a rectification case.'),
  'case.visitorRated': event({ caseId: Str }, 'The visitor rated the rectification of their 差评.'),
  'calendar.changed': event(
    { year: Type.Integer() },
    'An admin entered a year of the official calendar (holidays, 调休).',
  ),
  'proxy.registered': event(
    { proxyId: Str, unitId: Str, itemId: Str, agentId: Str, dueDay: Str },
    "全程代办: a village agent registered a proxy ticket (the handling site's proxy stream).",
  ),
  'proxy.stepped': event(
    { proxyId: Str, kind: Str, status: Str, trips: Type.Integer({ minimum: 0 }), agentId: Str },
    'A step of a proxy ticket.',
  ),
} as const;

export const SocketAuth = Type.Object(
  {
    token: Type.String({ description: 'a staff session or device token' }),
    siteId: Type.Optional(
      Type.String({ description: "the site expected; another than the token's is refused" }),
    ),
    protocolVersion: Type.Optional(Type.Integer()),
    zone: Type.Optional(
      Type.String({ description: 'display devices may limit themselves to a zone' }),
    ),
  },
  { description: 'The handshake `auth` object.' },
);

export const HelloPayload = Type.Object(
  {
    protocolVersion: Type.Integer(),
    serverVersion: Str,
    siteId: Str,
    seq: Type.Integer({ minimum: 0 }),
    epoch: Type.String({
      description:
        "changes whenever the server's database is replaced: a client seeing a new epoch resyncs from scratch",
    }),
  },
  { description: 'Sent once on connect.' },
);

export const SyncRequest = Type.Object(
  {
    since: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'the last seq the client has; null asks for a snapshot',
    }),
    epoch: Type.Optional(Str),
  },
  { description: 'Ask for what was missed (acknowledged with a SyncReply).' },
);

/** A wire event: its name and payload, as in a replay. */
export const WireEventSchema = Type.Object({
  name: Type.Union(Object.keys(HallEventSchemas).map((n) => Type.Literal(n))),
  payload: Type.Object({ ...base }, { additionalProperties: true }),
});

export const SyncReplySchema = Type.Union([
  Type.Object({
    ok: Type.Literal(true),
    mode: Type.Literal('events'),
    events: Type.Array(WireEventSchema),
    seq: Type.Integer(),
  }),
  Type.Object({
    ok: Type.Literal(true),
    mode: Type.Literal('snapshot'),
    snapshot: HallSnapshot,
    seq: Type.Integer(),
  }),
  Type.Object({ ok: Type.Literal(false), code: Str, message: Str }),
]);

/** Messages to a room other than the site's hall events. */
export const RoomMessageSchemas = {
  alert: {
    schema: AlertView,
    description:
      "Supervisors' room (supervisor and admin sessions): an alert as it stands after each of its events.",
  },
  proxy: {
    schema: ProxyTicketView,
    description:
      "The handling site's staff and the agent: a proxy ticket as it stands (the applicant masked).",
  },
} as const;
