/**
 * The socket.io contract. Every hall event carries the site's `seq`, a
 * strictly increasing number per site; a client that reconnects sends its
 * last seq and gets exactly the events it missed, or a snapshot when the gap
 * is older than the server keeps.
 */
import type { Static } from 'typebox';
import type { AlertView } from './schemas/alerts';
import type { ProxyTicketView } from './schemas/proxy';
import type { HallSnapshot } from './schemas/queues';
import type {
  ActorRef as ActorRefSchema,
  AlertRef as AlertRefSchema,
  CatalogEntry as CatalogEntrySchema,
  DeviceRecord as DeviceRecordSchema,
  HelloPayload as HelloPayloadSchema,
  SocketAuth as SocketAuthSchema,
  StaffRecord as StaffRecordSchema,
  TicketRef as TicketRefSchema,
  WindowRef as WindowRefSchema,
} from './schemas/hall-events';
import { HallEventSchemas } from './schemas/hall-events';

// The types are the schemas' (schemas/hall-events.ts), which the AsyncAPI
// document at /docs is generated from: one definition of the contract.
/** A ticket as an event names it; `unitId` is its unit when the event happened. */
export type TicketRef = Static<typeof TicketRefSchema>;
export type WindowRef = Static<typeof WindowRefSchema>;
/** Who made an admin change: a staff member, or `pnpm hallq` writing while no server ran. */
export type ActorRef = Static<typeof ActorRefSchema>;
/** A catalogue entry as it was stored (the core's Site, Unit, Item or Window). */
export type CatalogEntry = Static<typeof CatalogEntrySchema>;
/** A staff member as an admin event names them (never a password hash). */
export type StaffRecord = Static<typeof StaffRecordSchema>;
export type DeviceRecord = Static<typeof DeviceRecordSchema>;
/** An alert as its opening event names it (AlertView has it with its later facts). */
export type AlertRef = Static<typeof AlertRefSchema>;
/** Sent once on connect. */
export type HelloPayload = Static<typeof HelloPayloadSchema>;
/** `auth` of the socket.io handshake. */
export type SocketAuth = Static<typeof SocketAuthSchema>;

/** Each hall event's payload (version 2: built from the stored domain event, never from a state). */
export type HallEventPayloads = {
  [K in keyof typeof HallEventSchemas]: Static<(typeof HallEventSchemas)[K]>;
};
export type HallEventName = keyof HallEventPayloads;

/** One event as kept in the replay log and sent in a resync. */
export type WireEvent = {
  [K in HallEventName]: { name: K; payload: HallEventPayloads[K] };
}[HallEventName];

/** Every hall event's name, in the order the contract lists them. */
export const HALL_EVENT_NAMES = Object.keys(HallEventSchemas) as readonly HallEventName[];

export type SyncReply =
  | { ok: true; mode: 'events'; events: WireEvent[]; seq: number }
  | { ok: true; mode: 'snapshot'; snapshot: HallSnapshot; seq: number }
  | { ok: false; code: string; message: string };
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
