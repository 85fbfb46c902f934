/**
 * The live hall for a screen: a socket.io connection that never misses and
 * never repeats an event. On every (re)connect it sends its last `seq`; the
 * server answers with the missed events or a snapshot. Live events are
 * applied strictly in seq order: a duplicate is dropped, a gap triggers a
 * resync. Clients never change hall state locally beyond mirroring events.
 *
 * Announcing (the hall screen speaks each call): every event that reaches
 * the feed live is handed to `onEvent` exactly once, in seq order, even when
 * it arrives while a resync is in flight and the snapshot that answers the
 * resync already contains it. The feed remembers the highest seq it has
 * announced; a snapshot moves the state, never that mark.
 *
 * The state is folded with `@hallq/hall-view`, the function the server keeps
 * its own view with; a snapshot is only for a gap too old to replay (or a
 * new database), never a periodic refresh.
 *
 * A supervisor's or admin's socket is also in the site's supervisors room:
 * `onAlert` hands over each alert as it stands after each of its changes
 * (live only: missed ones are read again over REST).
 */
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  HALL_EVENT_NAMES,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type AlertView,
  type HallSnapshot,
  type ServerToClientEvents,
  type SyncReply,
  type WireEvent,
  type ProxyTicketView,
} from '@hallq/protocol';
import { applyHallEvent } from '@hallq/hall-view';

/** After the server refused the connection: try again this much later. */
export const REFUSED_RETRY_MS = 5_000;
export const REFUSED_UNAUTHORIZED_RETRY_MS = 30_000;

export type FeedStatus = 'connecting' | 'live' | 'offline' | 'unauthorized';

export interface HallFeedOptions {
  /** Server origin; '' or undefined = same origin. */
  url?: string;
  token: string;
  /** The site the screen expects; absent: its token's site. */
  siteId?: string;
  /** socket.io transports; websocket-only suits many-client benchmarks. */
  transports?: ('websocket' | 'polling')[];
  /** Opens the socket; tests pass a scripted one. Defaults to socket.io's `io`. */
  connect?: (url: string, options: Partial<ManagerOptions & SocketOptions>) => FeedSocket;
}

export type FeedSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface FeedState {
  status: FeedStatus;
  snapshot: HallSnapshot | undefined;
  seq: number;
  /** When the connection was last lost (for a "连接中断" badge). */
  offlineSince: number | undefined;
}

type Listener = () => void;
type EventListener = (event: WireEvent) => void;
type AlertListener = (alert: AlertView) => void;

export class HallFeed {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private current: FeedState = {
    status: 'connecting',
    snapshot: undefined,
    seq: 0,
    offlineSince: undefined,
  };
  private epoch: string | undefined;
  private syncing = false;
  private pending: WireEvent[] = [];
  /** The highest seq handed to the event listeners (reset with the epoch). */
  private announced = 0;
  private readonly listeners = new Set<Listener>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly alertListeners = new Set<AlertListener>();
  private readonly proxyListeners = new Set<(ticket: ProxyTicketView) => void>();
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: HallFeedOptions) {
    const connect = options.connect ?? io;
    this.socket = connect(options.url ?? '', {
      auth: {
        token: options.token,
        // The server takes the site from the token; naming another is refused.
        ...(options.siteId !== undefined ? { siteId: options.siteId } : {}),
        protocolVersion: PROTOCOL_VERSION,
      },
      reconnectionDelay: 500,
      reconnectionDelayMax: 3_000,
      ...(options.transports ? { transports: options.transports } : {}),
    });
    this.socket.on('hello', (hello) => {
      const known = this.epoch === hello.epoch;
      // A replaced database numbers its events afresh.
      if (!known) this.announced = 0;
      this.epoch = hello.epoch;
      this.resync(known && this.current.snapshot ? this.current.seq : null);
    });
    this.socket.on('disconnect', (reason) => {
      this.set({ status: 'offline', offlineSince: Date.now() });
      // A server shutting down disconnects us on purpose; socket.io does not
      // retry that by itself, but for a screen a restart is just an outage.
      if (reason === 'io server disconnect' && !this.closed) {
        setTimeout(() => !this.closed && this.socket.connect(), 500);
      }
    });
    this.socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      const unauthorized = err.data?.code === 'HALLQ_E_UNAUTHORIZED';
      this.set({
        status: unauthorized ? 'unauthorized' : 'offline',
        offlineSince: this.current.offlineSince ?? Date.now(),
      });
      // A refusal by the server (err.data) stops socket.io's own retries. A
      // screen must not stay dark for good: an incompatible server is being
      // upgraded, a site is being set up, a device may be re-enabled.
      if (!this.socket.active && !this.closed) {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(
          () => !this.closed && this.socket.connect(),
          unauthorized ? REFUSED_UNAUTHORIZED_RETRY_MS : REFUSED_RETRY_MS,
        );
      }
    });
    this.socket.on('alert', (alert) => {
      for (const l of this.alertListeners) l(alert);
    });
    this.socket.on('proxy', (ticket) => {
      for (const l of this.proxyListeners) l(ticket);
    });
    for (const name of HALL_EVENT_NAMES) {
      (this.socket.on as (n: string, f: (p: unknown) => void) => void)(name, (payload) =>
        this.receive({ name, payload } as WireEvent),
      );
    }
  }

  get state(): FeedState {
    return this.current;
  }

  /** Re-render hook: called after every change of state. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Each hall event exactly once, in seq order (not replayed from snapshots). */
  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Supervisors' room: each alert as it now stands (supervisor and admin sessions). */
  onAlert(listener: AlertListener): () => void {
    this.alertListeners.add(listener);
    return () => this.alertListeners.delete(listener);
  }

  /** 全程代办: each proxy ticket of the handling site or of this agent, as it now stands. */
  onProxy(listener: (ticket: ProxyTicketView) => void): () => void {
    this.proxyListeners.add(listener);
    return () => this.proxyListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.socket.close();
    this.listeners.clear();
    this.eventListeners.clear();
    this.alertListeners.clear();
    this.proxyListeners.clear();
  }

  private receive(event: WireEvent): void {
    if (this.syncing || !this.current.snapshot) {
      this.pending.push(event);
      return;
    }
    const seq = event.payload.seq;
    if (seq <= this.current.seq) return; // already seen
    if (seq > this.current.seq + 1) {
      this.pending.push(event);
      this.resync(this.current.seq);
      return;
    }
    this.apply(event);
  }

  private apply(event: WireEvent): void {
    const snapshot = this.current.snapshot;
    if (!snapshot) return;
    // The server keeps its view with this very function: the two cannot drift,
    // so no periodic refresh papers over a difference.
    this.set({ snapshot: applyHallEvent(snapshot, event), seq: event.payload.seq });
    this.announce(event);
  }

  private announce(event: WireEvent): void {
    if (event.payload.seq <= this.announced) return;
    this.announced = event.payload.seq;
    for (const l of this.eventListeners) l(event);
  }

  private resync(since: number | null): void {
    this.syncing = true;
    this.socket
      .timeout(10_000)
      .emit(
        'sync',
        { since, ...(this.epoch ? { epoch: this.epoch } : {}) },
        (err, reply: SyncReply) => {
          this.syncing = false;
          if (err || !reply || !reply.ok) {
            if (this.socket.connected) setTimeout(() => this.resync(since), 1_000);
            else this.syncing = false;
            return;
          }
          const queued = this.pending.sort((a, b) => a.payload.seq - b.payload.seq);
          this.pending = [];
          if (reply.mode === 'snapshot') {
            // A snapshot replaces the state, events included. Those of them that
            // reached us live while we waited are still announced, once each.
            const covered = reply.snapshot.seq;
            this.set({
              snapshot: reply.snapshot,
              seq: reply.snapshot.seq,
              status: 'live',
              offlineSince: undefined,
            });
            for (const e of queued) if (e.payload.seq <= covered) this.announce(e);
            this.announced = Math.max(this.announced, covered);
          } else {
            this.set({ status: 'live', offlineSince: undefined });
            for (const e of reply.events) if (e.payload.seq === this.current.seq + 1) this.apply(e);
          }
          for (const e of queued) this.receive(e);
        },
      );
  }

  private set(patch: Partial<FeedState>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }
}
