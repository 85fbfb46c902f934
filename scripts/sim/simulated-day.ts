/**
 * Runs one business day of the hall through the public API, minute by
 * minute: visitors take numbers at the kiosk, each open window calls, waits
 * for the visitor (recalls, then 过号 if nobody comes), serves, finishes or
 * transfers, pauses for a staggered lunch (错时午休) and now and then for a
 * short absence. The transport is supplied (app.inject on a ManualClock in
 * tests, HTTP against a real server in the bench), so the same day drives both.
 */
import { unitsServedBy, type Catalog, type IsoWeekday } from '@hallq/core';
import {
  LAST_ARRIVAL_MIN,
  OPENS_MIN,
  dayPopulation,
  minutesToMs,
  type Visitor,
} from './day-population';
import { pick, seededRandom } from './random';

export interface DayReply {
  status: number;
  body: { error?: { code: string }; ticket?: { id: string }; [key: string]: unknown };
}
export type DaySend = (
  method: 'POST',
  url: string,
  token: string,
  body: unknown,
) => Promise<DayReply>;

export interface DayOptions {
  send: DaySend;
  catalog: Catalog;
  siteId: string;
  weekday: IsoWeekday;
  /** Local midnight of the day, epoch ms (the injected clock's origin). */
  midnightMs: number;
  visitors: number;
  seed: number;
  kioskToken: string;
  /** Session tokens of the clerks signed into their windows, by window id. */
  windowTokens: Record<string, string>;
  /** Move the injected clock; omit when the server keeps real time. */
  setTime?: (epochMs: number) => void;
  /** Called after every command the day sends (e.g. to check invariants). */
  afterCommand?: () => void;
  /** Called once per simulated minute. */
  onMinute?: (minute: number) => void;
}

export interface UnitFigures {
  served: number;
  avgWaitMin: number;
  p90WaitMin: number;
}

export interface DayReport {
  issued: number;
  served: number;
  noShows: number;
  transfers: number;
  pauses: number;
  commands: number;
  /** Refusals that the model did not expect (should stay empty). */
  unexpected: string[];
  /** Tickets still active when the day's time bound ran out. */
  leftOver: number;
  perUnit: Record<string, UnitFigures>;
  endedAtMin: number;
}

type Phase = 'idle' | 'called' | 'serving' | 'paused';
interface Desk {
  id: string;
  token: string;
  phase: Phase;
  ticketId?: string;
  untilMin: number;
  recalls: number;
  lunchFrom: number;
  lunchTo: number;
}

const LUNCH_A = 11 * 60 + 45;
const LUNCH_B = 12 * 60 + 45;
const LUNCH_END = 13 * 60 + 45;
/** Windows finish their queues after the doors close, but not all night. */
const HARD_STOP_MIN = 20 * 60;

export async function runSimulatedDay(options: DayOptions): Promise<DayReport> {
  const rng = seededRandom(options.seed ^ 0x5eed);
  const population = dayPopulation({
    catalog: options.catalog,
    siteId: options.siteId,
    weekday: options.weekday,
    visitors: options.visitors,
    seed: options.seed,
  });
  const unitsToday = new Set(population.map((v) => v.unitId));
  const desks: Desk[] = Object.values(options.catalog.windows)
    .filter((w) => w.siteId === options.siteId && unitsServedBy(w, options.weekday).length > 0)
    .filter((w) => options.windowTokens[w.id])
    .sort((a, b) => a.number - b.number)
    .map((w) => ({
      id: w.id,
      token: options.windowTokens[w.id] as string,
      phase: 'idle' as Phase,
      untilMin: 0,
      recalls: 0,
      lunchFrom: w.number % 2 === 0 ? LUNCH_A : LUNCH_B,
      lunchTo: w.number % 2 === 0 ? LUNCH_B : LUNCH_END,
    }));

  const report: DayReport = {
    issued: 0,
    served: 0,
    noShows: 0,
    transfers: 0,
    pauses: 0,
    commands: 0,
    unexpected: [],
    leftOver: 0,
    perUnit: {},
    endedAtMin: 0,
  };
  const visitorOf = new Map<string, Visitor & { issuedMin: number; transferred: boolean }>();
  const waits = new Map<string, number[]>();
  let active = 0;
  let minute = OPENS_MIN;

  const send = async (url: string, token: string, body: unknown, ok: number[] = [200]) => {
    const reply = await options.send('POST', url, token, body);
    report.commands++;
    options.afterCommand?.();
    if (!ok.includes(reply.status) && report.unexpected.length < 50) {
      report.unexpected.push(`${url} → ${reply.status} ${reply.body.error?.code ?? ''}`);
    }
    return reply;
  };
  const at = (m: number) => options.setTime?.(options.midnightMs + minutesToMs(m));

  let next = 0;
  for (; minute <= HARD_STOP_MIN; minute++) {
    at(minute);
    options.onMinute?.(minute);
    while (next < population.length && (population[next] as Visitor).arrivesMin < minute + 1) {
      const v = population[next++] as Visitor;
      at(v.arrivesMin);
      const r = await send(
        '/api/v1/tickets',
        options.kioskToken,
        { itemId: v.itemId, priority: v.priority },
        [201],
      );
      const id = r.body.ticket?.id;
      if (r.status === 201 && id) {
        report.issued++;
        active++;
        visitorOf.set(id, { ...v, issuedMin: v.arrivesMin, transferred: false });
      }
    }
    at(minute);
    // Clerks press their buttons in no fixed order.
    const order = [...desks].sort(() => rng() - 0.5);
    for (const desk of order) await act(desk);
    if (next >= population.length && minute >= LAST_ARRIVAL_MIN && active === 0) {
      if (desks.every((d) => d.phase === 'idle' || d.phase === 'paused')) break;
    }
  }
  report.endedAtMin = minute;
  report.leftOver = active;

  for (const [unitId, list] of waits) {
    const sorted = [...list].sort((a, b) => a - b);
    const p90 = sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? 0;
    report.perUnit[unitId] = {
      served: list.length,
      avgWaitMin: round1(list.reduce((a, b) => a + b, 0) / Math.max(1, list.length)),
      p90WaitMin: round1(p90),
    };
  }
  return report;

  async function act(desk: Desk): Promise<void> {
    const base = `/api/v1/windows/${desk.id}`;
    const ticket = (verb: string) => `/api/v1/tickets/${desk.ticketId}/${verb}`;
    const visitor = desk.ticketId ? visitorOf.get(desk.ticketId) : undefined;
    switch (desk.phase) {
      case 'paused':
        if (minute >= desk.untilMin) {
          await send(`${base}/resume`, desk.token, {});
          desk.phase = 'idle';
        }
        return;
      case 'idle': {
        if (minute >= desk.lunchFrom && minute < desk.lunchTo) {
          await send(`${base}/pause`, desk.token, { reason: '午休' });
          report.pauses++;
          desk.phase = 'paused';
          desk.untilMin = desk.lunchTo;
          return;
        }
        if (minute < LAST_ARRIVAL_MIN && rng() < 0.003) {
          await send(`${base}/pause`, desk.token, { reason: '临时离开' });
          report.pauses++;
          desk.phase = 'paused';
          desk.untilMin = minute + 5 + Math.floor(rng() * 6);
          return;
        }
        const r = await send(`${base}/call-next`, desk.token, {}, [200, 409]);
        if (r.status === 409 && r.body.error?.code !== 'HALLQ_E_QUEUE_EMPTY') {
          report.unexpected.push(`call-next ${desk.id} → ${r.body.error?.code}`);
        }
        const id = r.body.ticket?.id;
        if (r.status !== 200 || !id) return;
        desk.ticketId = id;
        desk.phase = 'called';
        desk.recalls = 0;
        desk.untilMin = minute + 1;
        const v = visitorOf.get(id);
        if (v && !v.transferred) {
          const list = waits.get(v.unitId) ?? [];
          list.push(minute - v.issuedMin);
          waits.set(v.unitId, list);
        }
        return;
      }
      case 'called':
        if (minute < desk.untilMin) return;
        if (visitor?.noShow) {
          if (desk.recalls < 1) {
            await send(ticket('recall'), desk.token, {});
            desk.recalls++;
            desk.untilMin = minute + 2;
            return;
          }
          await send(ticket('no-show'), desk.token, {});
          report.noShows++;
          active--;
          desk.phase = 'idle';
          delete desk.ticketId;
          return;
        }
        await send(ticket('start'), desk.token, {});
        desk.phase = 'serving';
        desk.untilMin = minute + Math.ceil(visitor?.serviceMin ?? 5);
        return;
      case 'serving': {
        if (minute < desk.untilMin) return;
        if (visitor && visitor.transfer && !visitor.transferred) {
          const targets = [...unitsToday].filter((u) => u !== visitor.unitId);
          const toUnitId = pick(rng, targets);
          // To another unit the matter is named there: one of its items (core Q16).
          const toItemId = Object.values(options.catalog.items).find(
            (i) => i.unitId === toUnitId,
          )?.id;
          await send(ticket('transfer'), desk.token, {
            toUnitId,
            ...(toItemId ? { toItemId } : {}),
            position: rng() < 0.5 ? 'front' : 'back',
          });
          visitor.transferred = true;
          visitor.unitId = toUnitId;
          report.transfers++;
        } else {
          await send(ticket('finish'), desk.token, {});
          report.served++;
          active--;
        }
        desk.phase = 'idle';
        delete desk.ticketId;
        return;
      }
    }
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Local midnight (epoch ms) and ISO weekday of `epochMs` in `timeZone`. */
export function localDay(
  epochMs: number,
  timeZone: string,
): { midnightMs: number; weekday: IsoWeekday } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epochMs);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  const sinceMidnight =
    (Number(get('hour')) * 3600 + Number(get('minute')) * 60 + Number(get('second'))) * 1000 +
    (epochMs % 1000);
  const weekday = (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) +
    1) as IsoWeekday;
  return { midnightMs: epochMs - sinceMidnight, weekday };
}
