/**
 * socket.io on the server's own port. One room per site. A client connects
 * with `auth: { token }` and joins the room of its token's site only (the
 * device's or the staff member's site; an `auth.siteId` naming another site
 * is refused with HALLQ_E_FORBIDDEN). It gets `hello` with the site's seq and the
 * database epoch, then asks `sync` with its last seq: it receives exactly the
 * events it missed, or a snapshot when the gap is older than the replay
 * window. Events are broadcast only after their transaction committed.
 *
 * Revocation is immediate: a logout or revoke disconnects the token's sockets
 * at once (`disconnectToken`), and every REVALIDATE_MS each live socket's
 * token is resolved again, so an expiry, a disabled account or a change made
 * by another process closes the socket within that time. Every handler is
 * wrapped: a bad payload or a failure gets a coded reply, never a crash.
 */
import fp from 'fastify-plugin';
import { isSiteStream } from '../domain/event-streams';
import { Server } from 'socket.io';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SyncReply,
} from '@hallq/protocol';
import { hashToken } from '../security/tokens';
import { errorMessage, type HallqErrorCode } from '@hallq/protocol';
import { SERVER_VERSION } from '../version';
import { ShardOutbox, fillingShard } from './shard-outbox';

declare module 'fastify' {
  interface FastifyInstance {
    io: Server<ClientToServerEvents, ServerToClientEvents>;
    /** Drop the live connections opened with a token that was just revoked. */
    disconnectToken(tokenHash: string): void;
    /** The devices with a live socket now. */
    connectedDevices(): Set<string>;
  }
}

interface SocketData {
  siteId: string;
  tokenHash: string;
  tokenKind: 'staff' | 'device';
  /** A supervisor's or admin's session: also in the site's supervisors room. */
  supervisor?: boolean;
  /** A device's socket: the device is alive while it is connected (supervision, core S6). */
  deviceId?: string;
  /** A staff session's socket: its staff member (全程代办's rooms, proxy/plugin.ts). */
  staffId?: string;
}

type Outgoing = [stream: string, events: readonly { name: string; payload: unknown }[]];

/** Socket writes sent in one turn of the event loop before the rest wait for the next (turn-outbox.ts). */
export const WRITES_PER_TURN = 10_000;

/** How often live sockets' tokens are checked again. */
export const REVALIDATE_MS = 1_000;

const room = (siteId: string) => `site:${siteId}`;
/**
 * A site's screens in at most this many shard rooms, sent a shard at a time
 * (shard-outbox.ts). 8 made 5,000 screens' memory jump in one run of two
 * (329 MB); 32 kept it as before (RESULTS.md, run 18).
 */
export const SHARDS = 32;
/**
 * Screens a shard takes before the next one opens. Each shard sent encodes
 * every event once more, so a small hall's screens share one shard and a
 * room of 5,000 fills all 32.
 */
export const SHARD_SIZE = 160;
const shardNames = new Map<string, readonly string[]>();
const shardRooms = (siteId: string): readonly string[] => {
  let names = shardNames.get(siteId);
  if (!names) {
    names = Array.from({ length: SHARDS }, (_, k) => `${room(siteId)}#${k}`);
    shardNames.set(siteId, names);
  }
  return names;
};
/** 电子监察: the site's supervisor and admin sessions, which get each alert as it stands (`alert`). */
export const supervisorsRoom = (siteId: string) => `supervisors:${siteId}`;

const failure = (code: HallqErrorCode): SyncReply => ({
  ok: false,
  code,
  message: errorMessage(code, 'zh-CN'),
});

/** A handshake refusal the client can read: `err.data.code`. */
const refusal = (code: HallqErrorCode) =>
  Object.assign(new Error(errorMessage(code, 'zh-CN')), { data: { code } });

export default fp(
  async (app) => {
    const io = new Server<
      ClientToServerEvents,
      ServerToClientEvents,
      Record<string, never>,
      SocketData
    >(app.server, {
      serveClient: false,
      maxHttpBufferSize: 16_384,
      pingInterval: 10_000,
      pingTimeout: 8_000,
      cors: { origin: false },
    });
    const epoch = app.hall.store.epoch;

    io.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
      const token = typeof auth.token === 'string' ? auth.token : undefined;
      const asked = typeof auth.siteId === 'string' ? auth.siteId : undefined;
      if (typeof auth.protocolVersion === 'number' && auth.protocolVersion !== PROTOCOL_VERSION) {
        return next(refusal('HALLQ_E_INCOMPATIBLE'));
      }
      const principal = app.accounts.resolve(token, app.clock.now());
      if (!principal) return next(refusal('HALLQ_E_UNAUTHORIZED'));
      // The site is the token's, never the client's word for it.
      const siteId =
        principal.kind === 'staff' ? principal.staff.site_id : principal.device.site_id;
      if (asked !== undefined && !app.hall.catalog.sites[asked]) {
        return next(refusal('HALLQ_E_SITE_NOT_FOUND'));
      }
      if (asked !== undefined && asked !== siteId) return next(refusal('HALLQ_E_FORBIDDEN'));
      if (!app.hall.catalog.sites[siteId]) return next(refusal('HALLQ_E_SITE_NOT_FOUND'));
      socket.data.siteId = siteId;
      socket.data.tokenHash = hashToken(token as string);
      socket.data.tokenKind = principal.kind;
      socket.data.supervisor =
        principal.kind === 'staff' &&
        (principal.staff.role === 'supervisor' || principal.staff.role === 'admin');
      if (principal.kind === 'device') socket.data.deviceId = principal.device.id;
      else socket.data.staffId = principal.staff.id;
      next();
    });

    const rooms = io.of('/').adapter.rooms;
    const shardSize = (shard: string) => rooms.get(shard)?.size ?? 0;
    const shardFor = (siteId: string) => fillingShard(shardRooms(siteId), shardSize, SHARD_SIZE);
    io.on('connection', (socket) => {
      const siteId = socket.data.siteId;
      void socket.join(room(siteId));
      void socket.join(shardFor(siteId));
      if (socket.data.supervisor) void socket.join(supervisorsRoom(siteId));
      socket.emit('hello', {
        protocolVersion: PROTOCOL_VERSION,
        serverVersion: SERVER_VERSION,
        siteId,
        seq: app.hall.seq(siteId),
        epoch,
      });
      socket.on('sync', (request, reply) => {
        if (typeof reply !== 'function') return;
        const answer = () => {
          try {
            sync(request, reply);
          } catch (err) {
            app.log.error({ err }, 'socket sync failed');
            reply(failure('HALLQ_E_INTERNAL'));
          }
        };
        // As an HTTP reply does, a sync answers once what was written before
        // it is on disk and sent (store/wal-sync.ts): it then includes it.
        if (!app.walSync.pending) return answer();
        app.walSync.durable().then(answer, () => reply(failure('HALLQ_E_INTERNAL')));
      });
      const sync = (request: unknown, reply: (r: SyncReply) => void) => {
        const bad = failure('HALLQ_E_VALIDATION');
        if (typeof request !== 'object' || request === null) return reply(bad);
        const since = (request as { since?: unknown }).since;
        const clientEpoch = (request as { epoch?: unknown }).epoch;
        if (since !== null && (typeof since !== 'number' || !Number.isSafeInteger(since)))
          return reply(bad);
        const seq = app.hall.seq(siteId);
        const events =
          since === null || (clientEpoch !== undefined && clientEpoch !== epoch)
            ? undefined
            : app.hall.eventsSince(siteId, since);
        if (events) return reply({ ok: true, mode: 'events', events, seq });
        return reply({ ok: true, mode: 'snapshot', snapshot: app.hall.snapshot(siteId), seq });
      };
    });

    const revalidate = setInterval(() => {
      const sockets = io.of('/').sockets;
      const tokens = function* () {
        for (const s of sockets.values()) {
          const { tokenKind, tokenHash } = s.data;
          if (tokenHash) yield { kind: tokenKind, hash: tokenHash };
        }
      };
      const gone = app.accounts.revoked(tokens(), app.clock.now());
      if (gone.size === 0) return;
      for (const socket of sockets.values()) {
        if (gone.has(socket.data.tokenHash)) socket.disconnect(true);
      }
    }, REVALIDATE_MS);
    revalidate.unref();

    /** Sends events to one shard of a site's room; returns the socket writes it queued. */
    const send = (shard: string, events: readonly Outgoing[1][number][]): number => {
      const target = io.to(shard);
      for (const e of events) {
        (target.emit as (name: string, payload: unknown) => boolean)(e.name, e.payload);
      }
      return events.length * shardSize(shard);
    };
    // One flush can release a burst of commits: spread it over turns a shard
    // at a time, each shard all it has waiting (shard-outbox.ts, turn-outbox.ts).
    const outbox = new ShardOutbox<Outgoing[1][number]>(send, WRITES_PER_TURN);
    const unsubscribe = app.hall.onEvents((stream, events) => {
      // Only a site's own stream goes to its screens (domain/event-streams.ts).
      if (!isSiteStream(stream)) return;
      // A shard with no screen now has nobody to send to: a screen that joins
      // later starts from the seq its hello gives it.
      outbox.push(
        shardRooms(stream).filter((shard) => shardSize(shard) > 0),
        events,
      );
    });

    app.decorate('io', io as unknown as Server<ClientToServerEvents, ServerToClientEvents>);
    app.decorate('disconnectToken', (tokenHash: string) => {
      for (const socket of io.of('/').sockets.values()) {
        if (socket.data.tokenHash === tokenHash) socket.disconnect(true);
      }
    });
    app.decorate('connectedDevices', () => {
      const ids = new Set<string>();
      for (const socket of io.of('/').sockets.values()) {
        if (socket.data.deviceId !== undefined) ids.add(socket.data.deviceId);
      }
      return ids;
    });
    app.addHook('preClose', async () => {
      clearInterval(revalidate);
      unsubscribe();
      outbox.drainNow();
      io.disconnectSockets(true);
    });
    app.addHook('onClose', async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
    });
  },
  { name: 'realtime', dependencies: ['hall'] },
);
