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
 *
 * This file composes the event map from its families (ticket-events.ts,
 * window-events.ts, site-events.ts, supervision-events.ts, proxy-events.ts)
 * and owns the handshake, `sync` and room messages; the payloads' shared
 * fields are in hall-event-base.ts and the things events name in
 * hall-event-refs.ts, re-exported here.
 */
import { Type } from 'typebox';
import { AlertView } from './alerts';
import { eventBase, Str } from './hall-event-base';
import { ProxyTicketView } from './proxy';
import { ProxyEventSchemas } from './proxy-events';
import { HallSnapshot } from './queues';
import { CalendarEventSchemas, SiteEventSchemas } from './site-events';
import { SupervisionEventSchemas } from './supervision-events';
import { TicketEventSchemas } from './ticket-events';
import { WindowEventSchemas } from './window-events';

export {
  ActorRef,
  AlertRef,
  CatalogEntry,
  DeviceRecord,
  StaffRecord,
  TicketRef,
  WindowRef,
} from './hall-event-refs';

/**
 * Version 2 of the payloads: every one is built from the stored domain event,
 * the catalogue and the staff list alone (never from a state), so a replay is
 * never stale. Window events name the window; the hall-view reducer derives
 * its state.
 *
 * The families are spread in the order of the AsyncAPI document's messages.
 */
export const HallEventSchemas = {
  ...TicketEventSchemas,
  ...WindowEventSchemas,
  ...SiteEventSchemas,
  ...SupervisionEventSchemas,
  ...CalendarEventSchemas,
  ...ProxyEventSchemas,
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
  payload: Type.Object({ ...eventBase }, { additionalProperties: true }),
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
