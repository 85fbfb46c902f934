/**
 * What the screens have been sent: each stream's last published seq (the
 * events on disk and broadcast), each site's hall view folded from exactly
 * those events with @hallq/hall-view (the function the screens use), and
 * the listeners that broadcast them. HallService writes; this is what
 * replays, snapshots and the socket layer stand on.
 */
import { applyHallEvent } from '@hallq/hall-view';
import type { HallEventPayloads, HallSnapshot, RecentCall, WireEvent } from '@hallq/protocol';
import type { Clock } from '../clock';
import { HallqError } from '../errors';
import { streamOf } from './event-streams';

/**
 * Committed events of one stream (event-streams.ts): a site's id for its
 * hall events, `<siteId>#supervision` for its alerts.
 */
export type HallListener = (stream: string, events: WireEvent[]) => void;

export class PublishedHall {
  /** Each stream's last seq on disk and sent to screens. */
  private readonly heads = new Map<string, number>();
  /** Each site's hall view, kept by folding every published event. */
  private readonly views = new Map<string, HallSnapshot>();
  private readonly listeners = new Set<HallListener>();

  constructor(private readonly clock: Clock) {}

  /** Starts again from the stored seqs (boot). */
  reset(seqs: Record<string, number>): void {
    this.heads.clear();
    for (const [stream, seq] of Object.entries(seqs)) this.heads.set(stream, seq);
  }

  /** The stream's last published seq: what screens have been (or are being) sent. */
  seq(stream: string): number {
    return this.heads.get(stream) ?? 0;
  }

  hasView(siteId: string): boolean {
    return this.views.has(siteId);
  }

  /** A view built again from the model (boot, a catalogue change, a new site). */
  setView(siteId: string, view: HallSnapshot): void {
    this.views.set(siteId, view);
  }

  notice(siteId: string): string | undefined {
    return this.views.get(siteId)?.notice;
  }

  /**
   * The site's hall view at its current seq: what a screen that cannot
   * replay starts from. Screens fold later events into it with the same
   * function the server used to keep it.
   */
  snapshot(siteId: string): HallSnapshot {
    const view = this.views.get(siteId);
    if (!view) throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
    // `at` is when the answer was given (a rebuilt and a folded view agree on all else).
    return { ...view, at: this.clock.now() };
  }

  onEvents(listener: HallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events now on disk: the heads move, the views fold them, the listeners send them. */
  publish(wire: WireEvent[]): void {
    const byStream = new Map<string, WireEvent[]>();
    for (const w of wire) {
      const stream = streamOf({ type: w.name, siteId: w.payload.siteId });
      this.heads.set(stream, w.payload.seq);
      const view = this.views.get(stream);
      if (view) this.views.set(stream, applyHallEvent(view, w));
      const list = byStream.get(stream) ?? [];
      list.push(w);
      byStream.set(stream, list);
    }
    for (const [stream, events] of byStream) {
      for (const listener of this.listeners) listener(stream, events);
    }
  }
}

/** A call or recall as the hall view lists it among the recent calls. */
export function recentCall(w: WireEvent): RecentCall | undefined {
  if (w.name !== 'ticket.called' && w.name !== 'ticket.recalled') return undefined;
  const p = w.payload as HallEventPayloads['ticket.called'];
  return {
    seq: p.seq,
    at: p.at,
    ticket: { id: p.ticket.id, number: p.ticket.number, unitId: p.ticket.unitId },
    window: { id: p.window.id, number: p.window.number },
    recall: w.name === 'ticket.recalled',
  };
}
