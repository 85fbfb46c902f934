/**
 * Each window's working day, for the generated history (history.ts).
 *
 * - The clerk signs the window in as the day opens (the first command of the
 *   day, which closes the day before).
 * - About one window-day in 40, the clerk comes 12–37 minutes late.
 * - About one in 20, the window is paused once for 20–80 minutes: 业务培训 or
 *   临时离开.
 * - The clerk signs it out after its last visitor.
 *
 * Visitors are only sent to a window while it is open (`presentOver`), and
 * the windows' events are logged as the server logs them. 电子监察's S4
 * (window absent) is judged from these times (history-alerts.ts, `absent`).
 * Under the defaults a pause past 30 minutes, or a late start past 10, is
 * yellow, and twice that red.
 *
 * Not here: S3 (an open window idle while people wait) needs the order in
 * which a live hall calls its visitors, which the history draws at random;
 * S6 needs the devices' heartbeats. Neither raises anything in the history.
 */
import type { HallEvent } from '@hallq/core';
import type { PastAlerts } from './history-alerts';
import { pick, type Rng } from './random';

const MINUTE = 60_000;
const LATE_SHARE = 1 / 40;
const PAUSE_SHARE = 1 / 20;
const PAUSE_REASONS = ['业务培训', '临时离开', '临时离开'];

/** A stretch in which the window was not open: signed out before a late start, or paused. */
export interface Absence {
  status: 'signedOut' | 'paused';
  from: number;
  to: number;
  reason?: string;
}

/** Changed only while the day's visitors are placed (PresenceDay.heldAt). */
export interface WindowDay {
  windowId: string;
  staffId: string;
  signedInAt: number;
  absences: Absence[];
}

/**
 * The day of each window that has a clerk. `opensAt` is when the day's first
 * command came (the close of the day before); `lastCallBy` is the latest a
 * pause may begin (the day's last issue).
 */
export function drawPresence(
  rng: Rng,
  windows: readonly { id: string; staffId: string | undefined }[],
  opensAt: number,
  lastCallBy: number,
): Map<string, WindowDay> {
  const out = new Map<string, WindowDay>();
  for (const w of windows) {
    if (w.staffId === undefined) continue;
    const absences: Absence[] = [];
    const late = rng() < LATE_SHARE;
    const signedInAt = late
      ? opensAt + Math.floor((12 + 25 * rng()) * MINUTE)
      : opensAt + Math.floor(2 * rng() * MINUTE);
    if (late) absences.push({ status: 'signedOut', from: opensAt, to: signedInAt });
    if (rng() < PAUSE_SHARE) {
      const earliest = signedInAt + 30 * MINUTE;
      const latest = lastCallBy - 90 * MINUTE;
      if (latest > earliest) {
        const from = earliest + Math.floor(rng() * (latest - earliest));
        absences.push({
          status: 'paused',
          from,
          to: from + Math.floor((20 + 60 * rng()) * MINUTE),
          reason: pick(rng, PAUSE_REASONS),
        });
      }
    }
    out.set(w.id, { windowId: w.id, staffId: w.staffId, signedInAt, absences });
  }
  return out;
}

/** Whether the window was open from `from` to `to` (a visitor held there the whole time). */
export function presentOver(day: WindowDay | undefined, from: number, to: number): boolean {
  if (!day) return true;
  if (from <= day.signedInAt) return false;
  return day.absences.every((a) => a.to < from || a.from > to);
}

/**
 * `wanted` if it was open over the stretch, else the first window of
 * `choices` after it that was (in the list's order, so the visitors' draw is
 * untouched); `wanted` when none was.
 */
export function openWindow(
  presence: ReadonlyMap<string, WindowDay>,
  choices: readonly string[],
  wanted: string,
  from: number,
  to: number,
): string {
  if (presentOver(presence.get(wanted), from, to)) return wanted;
  const at = choices.indexOf(wanted);
  for (let k = 1; k < choices.length; k++) {
    const next = choices[(at + k) % choices.length] as string;
    if (presentOver(presence.get(next), from, to)) return next;
  }
  return wanted;
}

/** The window's events of the day, in time order; it signs out at `signedOutAt`. */
export function presenceEvents(siteId: string, day: WindowDay, signedOutAt: number): HallEvent[] {
  const { windowId, staffId } = day;
  const events: HallEvent[] = [
    { type: 'window.signedIn', at: day.signedInAt, siteId, windowId, staffId },
  ];
  for (const a of day.absences) {
    if (a.status !== 'paused') continue;
    events.push({ type: 'window.paused', at: a.from, siteId, windowId, reason: a.reason ?? '' });
    events.push({ type: 'window.resumed', at: a.to, siteId, windowId });
  }
  events.push({ type: 'window.signedOut', at: signedOutAt, siteId, windowId });
  return events;
}

/**
 * One day of the history's windows: which window each visitor was held at
 * (an open one), who waited for which unit, and at the day's end the
 * windows' events and their S4 alerts.
 */
export class PresenceDay {
  private readonly lastBusy = new Map<string, number>();
  private readonly waits: { unitId: string; issuedAt: number; calledAt: number }[] = [];
  private readonly unitsOf = new Map<string, string[]>();

  constructor(
    private readonly presence: Map<string, WindowDay>,
    /** Each unit's windows that day (the rota applied). */
    private readonly servers: ReadonlyMap<string, readonly string[]>,
    private readonly opensAt: number,
  ) {
    for (const [unitId, windowIds] of servers)
      for (const w of windowIds) this.unitsOf.set(w, [...(this.unitsOf.get(w) ?? []), unitId]);
  }

  /**
   * The window a visitor of `unitId` was held at from `from` to `to`:
   * `wanted`, or another of the unit's that was open. When none was, the
   * visitor's times stand and `wanted`'s absence gives way: its clerk came
   * in by `from`, or did not pause that day.
   */
  heldAt(unitId: string, wanted: string, from: number, to: number): string {
    const w = openWindow(this.presence, this.servers.get(unitId) ?? [wanted], wanted, from, to);
    const day = this.presence.get(w);
    if (day && !presentOver(day, from, to)) {
      day.signedInAt = Math.min(day.signedInAt, Math.max(this.opensAt, from - MINUTE));
      day.absences = day.absences
        .map((a) => (a.status === 'signedOut' ? { ...a, to: day.signedInAt } : a))
        .filter((a) => a.to > a.from && (a.to < from || a.from > to));
    }
    this.lastBusy.set(w, Math.max(this.lastBusy.get(w) ?? 0, to));
    return w;
  }

  /** A visitor waited for `unitId` from its issue to its call. */
  waited(unitId: string, issuedAt: number, calledAt: number): void {
    this.waits.push({ unitId, issuedAt, calledAt });
  }

  private waitingAt(windowId: string, at: number): number {
    const units = this.unitsOf.get(windowId) ?? [];
    let n = 0;
    for (const w of this.waits)
      if (w.issuedAt <= at && at < w.calledAt && units.includes(w.unitId)) n++;
    return n;
  }

  /** When people first waited for the window between `since` and `to` (`to` if never). */
  private firstWaiting(windowId: string, since: number, to: number): number {
    const units = this.unitsOf.get(windowId) ?? [];
    let first = to;
    for (const w of this.waits)
      if (w.calledAt > since && w.issuedAt < to && units.includes(w.unitId))
        first = Math.min(first, Math.max(w.issuedAt, since));
    return first;
  }

  /**
   * Logs each window's events of the day (it signs out 3 minutes after its
   * last visitor, and not before the day's 8½ hours) and what S4 made of its
   * absences. Returns how many hall events were logged.
   */
  close(siteId: string, event: (e: HallEvent) => void, alerts: PastAlerts): number {
    let logged = 0;
    for (const day of this.presence.values()) {
      const last = Math.max(
        this.lastBusy.get(day.windowId) ?? 0,
        this.opensAt + 8.5 * 60 * MINUTE,
        ...day.absences.map((a) => a.to),
      );
      for (const e of presenceEvents(siteId, day, last + 3 * MINUTE)) {
        event(e);
        logged++;
      }
      for (const a of day.absences)
        alerts.absent(
          {
            windowId: day.windowId,
            staffId: day.staffId,
            status: a.status,
            ...(a.reason !== undefined ? { reason: a.reason } : {}),
            since: a.from,
            from: this.firstWaiting(day.windowId, a.from, a.to),
            to: a.to,
          },
          (at) => this.waitingAt(day.windowId, at),
        );
    }
    return logged;
  }
}
