/**
 * 好差评 of past days, for the generated history (history.ts): each finished
 * ticket's rating as the server would have logged it, at the time it would
 * have come, and each 差评's rectification case with its steps.
 *
 * - Most visitors rate on the window's pad within a minute; some rate later
 *   on the phone page; the rest are recorded unrated when the pad times out
 *   and again when the phone's days are over (core R6, with the default
 *   settings: no default level).
 * - Levels lean on 非常满意, as a hall's do; a 不满意 or 非常不满意 opens a
 *   case with its working-day deadlines on the official calendar (core R7,
 *   R9), and the unit follows it up, rectifies it and has it reviewed
 *   (core R8), a few late, a few returned once, a few appealed.
 *
 * Events are logged in time order: each day's own at its end, the later
 * ones (phone ratings, closes, case steps) when their day comes. Whatever
 * falls after the history's end stays unlogged, so recent cases are still
 * open, as they would be. Each event's rows are written by the server's own
 * read model (rating-table.ts, RatingTable.record); the audit log is not
 * written for past days.
 */
import type Database from 'better-sqlite3';
import {
  caseDeadlines,
  decideCaseStep,
  isBadRating,
  ratingClosesAt,
  ratingSettings,
  workCalendar,
  type CaseOutcome,
  type CaseStatus,
  type CaseStepKind,
  type RatingLevel,
} from '@hallq/core';
import type { ActorRef } from '@hallq/protocol';
import type { CaseFacts, RatedTicketFacts, RatingEvent } from '../rating/rating-events';
import { RatingTable } from '../rating/rating-table';
import type { Rng } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Shares of the finished tickets: rated on the pad, rated on the phone later, never rated. */
const PAD_SHARE = 0.8;
const PHONE_SHARE = 0.06;
/** Levels 5 … 1 of a rating given (cumulative). */
const LEVELS: readonly [RatingLevel, number][] = [
  [5, 0.9],
  [4, 0.96],
  [3, 0.98],
  [2, 0.992],
  [1, 1],
];

export class PastRatings {
  private readonly table: RatingTable;
  private readonly settings = ratingSettings();
  private readonly calendar = workCalendar();
  private pending: RatingEvent[] = [];
  /** A case's state as its steps are decided (decideCaseStep needs it). */
  private readonly cases = new Map<string, { status: CaseStatus; resumeStatus?: CaseStatus }>();
  private readonly caseFacts = new Map<string, CaseFacts>();
  logged = 0;

  constructor(
    db: Database.Database,
    private readonly siteId: string,
    private readonly timeZone: string,
    private readonly rng: Rng,
    /** Who records the case steps (the site's supervisor). */
    private readonly actor: ActorRef,
    /** Appends one event to the log (history.ts: the next seq). */
    private readonly log: (event: RatingEvent) => void,
  ) {
    this.table = new RatingTable(db);
  }

  /** Schedules what follows a ticket finished at `t.finishedAt`. */
  finished(t: RatedTicketFacts): void {
    const r = this.rng();
    const site = this.siteId;
    if (r < PAD_SHARE + PHONE_SHARE) {
      const phone = r >= PAD_SHARE;
      const at = phone
        ? t.finishedAt + HOUR + Math.floor(this.rng() * 3 * DAY)
        : t.finishedAt + 10_000 + Math.floor(this.rng() * 40_000);
      const level = this.level();
      const id = `rating-${t.ticketId}`;
      if (phone) this.padTimedOut(t);
      const tags = isBadRating(level) ? [this.pick(this.settings.badTags)] : [];
      this.pending.push({
        type: 'rating.submitted',
        siteId: site,
        at,
        rating: { ...t, id, channel: phone ? 'phone' : 'pad', level, tags, defaulted: false },
      });
      if (isBadRating(level)) this.openCase(t, id, level, tags, at);
      return;
    }
    this.padTimedOut(t);
    this.pending.push({
      type: 'rating.unrated',
      siteId: site,
      at: ratingClosesAt('phone', t.finishedAt, this.settings) + Math.floor(this.rng() * MINUTE),
      unrated: t,
      reason: 'closed',
    });
  }

  /** Logs, in time order, every scheduled event before `until`; the rest wait. */
  flush(until: number): void {
    const due = this.pending.filter((e) => e.at < until).sort((a, b) => a.at - b.at);
    if (due.length === 0) return;
    this.pending = this.pending.filter((e) => e.at >= until);
    for (const e of due) {
      if (e.type === 'case.stepped' && !this.step(e)) continue;
      this.log(e);
      this.table.record(e);
      this.logged++;
    }
  }

  private level(): RatingLevel {
    const r = this.rng();
    return LEVELS.find(([, upTo]) => r < upTo)?.[0] ?? 5;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rng() * list.length)] as T;
  }

  private padTimedOut(t: RatedTicketFacts): void {
    this.pending.push({
      type: 'rating.unrated',
      siteId: this.siteId,
      at: ratingClosesAt('pad', t.finishedAt, this.settings) + Math.floor(this.rng() * 5_000),
      unrated: t,
      reason: 'pad',
    });
  }

  private openCase(
    t: RatedTicketFacts,
    ratingId: string,
    level: RatingLevel,
    tags: string[],
    at: number,
  ): void {
    const facts: CaseFacts = {
      id: `case-${t.ticketId}`,
      ratingId,
      ticketId: t.ticketId,
      unitId: t.unitId,
      windowId: t.windowId,
      ...(t.staffId ? { staffId: t.staffId } : {}),
      level,
      tags,
      ...caseDeadlines(at, this.timeZone, this.calendar, this.settings),
    };
    this.pending.push({ type: 'case.opened', siteId: this.siteId, at: at + 1, case: facts });
    this.caseFacts.set(facts.id, facts);
    // 回访 within its working day mostly (5% late), 整改 within its days (8% late),
    // then 复核; one case in ten is returned once, one in twenty appealed first.
    // On time: anywhere from an hour after the step before to an hour before the deadline.
    const late = (after: number, dueAt: number, share: number) =>
      this.rng() < share
        ? dueAt + HOUR + Math.floor(this.rng() * 2 * DAY)
        : after + HOUR + Math.floor(this.rng() * Math.max(0, dueAt - after - 2 * HOUR));
    const steps: [CaseStepKind, number, CaseOutcome?][] = [];
    let when = at + 2 * HOUR;
    if (this.rng() < 0.05) {
      steps.push(['appeal', when]);
      const upheld = this.rng() < 0.6;
      steps.push(['appealDecision', (when += DAY), upheld ? 'uphold' : 'void']);
      if (!upheld) return this.schedule(facts, steps);
    }
    steps.push(['followUp', (when = late(when, facts.followUpDueAt, 0.05))]);
    steps.push(['rectify', (when = late(when, facts.rectifyDueAt, 0.08))]);
    const review = () => HOUR + Math.floor(this.rng() * DAY);
    if (this.rng() < 0.1) {
      steps.push(['review', (when += review()), 'return']);
      steps.push(['rectify', (when += review())]);
    }
    steps.push(['review', when + review(), 'pass']);
    this.schedule(facts, steps);
  }

  private schedule(facts: CaseFacts, steps: [CaseStepKind, number, CaseOutcome?][]): void {
    for (const [kind, at, outcome] of steps)
      this.pending.push({
        type: 'case.stepped',
        siteId: this.siteId,
        at,
        caseId: facts.id,
        ratingId: facts.ratingId,
        kind,
        note: NOTES[kind],
        ...(outcome ? { outcome } : {}),
        // Filled in by step() when the step is logged, from the case as it then stands.
        status: 'open',
        late: false,
        actor: this.actor,
      });
  }

  /** Decides a scheduled step against its case as it stands (core R8); false if refused. */
  private step(e: Extract<RatingEvent, { type: 'case.stepped' }>): boolean {
    const facts = this.caseFacts.get(e.caseId);
    const state = this.cases.get(e.caseId) ?? { status: 'open' as CaseStatus };
    if (!facts) return false;
    const d = decideCaseStep(
      { ...state, followUpDueAt: facts.followUpDueAt, rectifyDueAt: facts.rectifyDueAt },
      { kind: e.kind, note: e.note, ...(e.outcome ? { outcome: e.outcome } : {}), at: e.at },
    );
    if (!d.ok) return false;
    e.status = d.value.status;
    e.late = d.value.late;
    if (d.value.resumeStatus) e.resumeStatus = d.value.resumeStatus;
    this.cases.set(e.caseId, {
      status: d.value.status,
      ...(d.value.resumeStatus ? { resumeStatus: d.value.resumeStatus } : {}),
    });
    if (d.value.status === 'closed' || d.value.status === 'voided') {
      this.cases.delete(e.caseId);
      this.caseFacts.delete(e.caseId);
    }
    return true;
  }
}

const NOTES: Record<CaseStepKind, string> = {
  followUp: '已电话回访群众，了解不满意原因',
  rectify: '已约谈窗口人员并完成整改',
  review: '复核整改情况',
  appeal: '群众评价与事实不符，申请复核',
  appealDecision: '经核查作出申诉决定',
};
