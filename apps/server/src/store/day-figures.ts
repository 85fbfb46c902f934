/**
 * Each business day's figures per clerk, window, unit and item: the read
 * model the clerk's panel, supervision and reports read. No request scans
 * tickets; a report over a year merges one row per day (`mergeFigures`).
 *
 * Kept from the events: each event adds to the rows it names, inside the
 * command's transaction (both stores call `figureChanges`). Two things an
 * event does not carry are read from the ticket as projected from the
 * earlier events of the same log: its business day, and when its service
 * began (startedAt, else calledAt) for the service time.
 *
 * Histograms, for percentiles: fixed one-minute buckets, so rows of any
 * days, clerks or sites merge by adding bucket by bucket. Bucket i < 121
 * counts durations in [i, i + 1) minutes (0–120 min); the last bucket (121)
 * counts everything from 121 minutes on. SQLite stores each as a JSON array
 * of 122 counts in the day's row (one row read per clerk and day, one
 * json_replace per event), rather than one row per bucket.
 */
import type { HallEvent, TicketFacts } from '@hallq/core';

export type FigureKind = 'clerk' | 'window' | 'unit' | 'item';
export const FIGURE_KINDS: readonly FigureKind[] = ['clerk', 'window', 'unit', 'item'];

export const BUCKET_MS = 60_000;
/** 121 one-minute buckets (0–120 min) and one overflow bucket. */
export const BUCKETS = 122;

export const bucketOf = (ms: number): number =>
  Math.min(BUCKETS - 1, Math.floor(Math.max(0, ms) / BUCKET_MS));

/** The counts a day's row keeps. */
export const COUNTS = [
  'issued',
  'called',
  'recalled',
  'served',
  'noShow',
  'transferredOut',
  'cancelled',
  'expired',
  /** 选号 calls (callTicket, out of the call order): supervision's fairness (core S7). */
  'outOfOrder',
] as const;
export type CountName = (typeof COUNTS)[number];

export interface Durations {
  sumMs: number;
  count: number;
  /** BUCKETS counts (see the header). */
  histogram: number[];
}

export interface DayFigures extends Record<CountName, number> {
  kind: FigureKind;
  id: string;
  siteId: string;
  businessDay: string;
  /** Issue → call, at each call (a ticket called again after a transfer counts again). */
  wait: Durations;
  /** Start (or call) → finish, at each finish. */
  service: Durations;
}

/** One event's addition to one row. */
export interface FigureChange {
  kind: FigureKind;
  id: string;
  siteId: string;
  businessDay: string;
  count: CountName;
  waitMs?: number;
  serviceMs?: number;
}

/** What the store knows of a ticket before the event is projected. */
export interface ProjectedTicket {
  businessDay: string;
  unitId: string;
  itemId: string;
  calledAt?: number;
  startedAt?: number;
}

export const emptyDurations = (): Durations => ({
  sumMs: 0,
  count: 0,
  histogram: new Array<number>(BUCKETS).fill(0),
});

export function emptyFigures(
  kind: FigureKind,
  id: string,
  siteId: string,
  businessDay: string,
): DayFigures {
  return {
    kind,
    id,
    siteId,
    businessDay,
    issued: 0,
    called: 0,
    recalled: 0,
    served: 0,
    noShow: 0,
    transferredOut: 0,
    cancelled: 0,
    expired: 0,
    outOfOrder: 0,
    wait: emptyDurations(),
    service: emptyDurations(),
  };
}

/** The rows an event adds to: the clerk (when the event names one), the window, the unit and the item. */
export function figureChanges(
  event: HallEvent,
  projected: (ticketId: string) => ProjectedTicket | undefined,
): FigureChange[] {
  const { siteId } = event;
  const at = (
    facts: Pick<TicketFacts, 'unitId' | 'itemId'>,
    businessDay: string,
    count: CountName,
    windowId?: string,
    staffId?: string,
    extra: Pick<FigureChange, 'waitMs' | 'serviceMs'> = {},
  ): FigureChange[] => {
    const rows: [FigureKind, string | undefined][] = [
      ['clerk', staffId],
      ['window', windowId],
      ['unit', facts.unitId],
      ['item', facts.itemId],
    ];
    return rows.flatMap(([kind, id]) =>
      id === undefined ? [] : [{ kind, id, siteId, businessDay, count, ...extra }],
    );
  };
  switch (event.type) {
    case 'ticket.issued':
      return at(event.ticket, event.ticket.businessDay, 'issued');
    case 'day.closed':
      return event.expiredTicketIds.flatMap((id) => {
        const t = projected(id);
        return t ? at(t, t.businessDay, 'expired') : [];
      });
    case 'window.signedIn':
    case 'window.signedOut':
    case 'window.paused':
    case 'window.resumed':
      return [];
    // A restore counts nothing of its own: the 过号 still counts for the clerk
    // who called and passed it (the visitor was not there), and the ticket's
    // next call, wait and service count as any call's do.
    case 'ticket.restored':
      return [];
  }
  const t = projected(event.ticketId);
  if (!t) return [];
  const day = t.businessDay;
  switch (event.type) {
    case 'ticket.called': {
      const called = at(event.ticket, day, 'called', event.windowId, event.staffId, {
        waitMs: Math.max(0, event.at - event.ticket.issuedAt),
      });
      if (event.manualReason === undefined) return called;
      return [...called, ...at(event.ticket, day, 'outOfOrder', event.windowId, event.staffId)];
    }
    case 'ticket.recalled':
      return at(event.ticket, day, 'recalled', event.windowId, event.staffId);
    case 'ticket.started':
      return [];
    case 'ticket.finished':
      return at(event.ticket, day, 'served', event.windowId, event.staffId, {
        serviceMs: Math.max(0, event.at - (t.startedAt ?? t.calledAt ?? event.at)),
      });
    case 'ticket.noShow':
      return at(event.ticket, day, 'noShow', event.windowId, event.staffId);
    case 'ticket.transferred':
      return at(event.ticket, day, 'transferredOut', event.fromWindowId, event.staffId);
    case 'ticket.cancelled':
      return at(event.ticket, day, 'cancelled', event.windowId, event.staffId);
  }
}

const addDuration = (d: Durations, ms: number): Durations => {
  const histogram = d.histogram.slice();
  histogram[bucketOf(ms)] = (histogram[bucketOf(ms)] ?? 0) + 1;
  return { sumMs: d.sumMs + ms, count: d.count + 1, histogram };
};

/** `row` with `change` added (a new record; `row` is left as it was). */
export function addChange(row: DayFigures, change: FigureChange): DayFigures {
  const next = { ...row, [change.count]: row[change.count] + 1 };
  if (change.waitMs !== undefined) next.wait = addDuration(row.wait, change.waitMs);
  if (change.serviceMs !== undefined) next.service = addDuration(row.service, change.serviceMs);
  return next;
}

const mergeDurations = (a: Durations, b: Durations): Durations => ({
  sumMs: a.sumMs + b.sumMs,
  count: a.count + b.count,
  histogram: a.histogram.map((n, i) => n + (b.histogram[i] ?? 0)),
});

/** Rows of several days (or clerks, or sites) added up: a report's figures. */
export function mergeFigures(into: DayFigures, rows: readonly DayFigures[]): DayFigures {
  let out = { ...into };
  for (const r of rows) {
    for (const c of COUNTS) out = { ...out, [c]: out[c] + r[c] };
    out.wait = mergeDurations(out.wait, r.wait);
    out.service = mergeDurations(out.service, r.service);
  }
  return out;
}

/** The mean in whole ms (0 when nothing was counted). */
export const meanMs = (d: Durations): number => (d.count ? Math.round(d.sumMs / d.count) : 0);

/**
 * The upper bound (ms) of the bucket holding the q-th quantile (0 < q ≤ 1),
 * or undefined when nothing was counted; Infinity when it lies in the overflow bucket.
 */
export function quantileMs(d: Durations, q: number): number | undefined {
  if (!d.count) return undefined;
  const rank = Math.max(1, Math.ceil(q * d.count));
  let seen = 0;
  for (let i = 0; i < BUCKETS; i++) {
    seen += d.histogram[i] ?? 0;
    if (seen >= rank) return i === BUCKETS - 1 ? Infinity : (i + 1) * BUCKET_MS;
  }
  return Infinity;
}
