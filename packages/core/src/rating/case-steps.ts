/**
 * The steps of a rectification case (R8). A case goes 回访 (followUp) →
 * 整改 (rectify) → 复核 (review: `pass` closes it, `return` sends it back to
 * be rectified again). Before it is closed the unit may appeal (申诉) a
 * malicious or mistaken review; the supervisor's decision either upholds
 * the review (the case resumes where it was) or voids it (the rating stays
 * on record, marked void, and leaves the figures). Every step needs a note.
 */
import { refuse, type RatingCheck } from './errors';

export type CaseStatus = 'open' | 'followedUp' | 'rectified' | 'appealed' | 'closed' | 'voided';
export type CaseStepKind = 'followUp' | 'rectify' | 'review' | 'appeal' | 'appealDecision';
export type CaseOutcome = 'pass' | 'return' | 'uphold' | 'void';

export interface CaseState {
  status: CaseStatus;
  /** Where an appealed case resumes if the review is upheld. */
  resumeStatus?: CaseStatus;
  followUpDueAt: number;
  rectifyDueAt: number;
}

export interface CaseStep {
  kind: CaseStepKind;
  note: string;
  outcome?: CaseOutcome;
  at: number;
}

/** What a step does: the case's next status, and whether it came after its deadline. */
export interface StepResult {
  status: CaseStatus;
  resumeStatus?: CaseStatus;
  /** A 回访 or 整改 recorded after its deadline. */
  late: boolean;
  note: string;
  outcome?: CaseOutcome;
}

const OUTCOMES: Partial<Record<CaseStepKind, readonly CaseOutcome[]>> = {
  review: ['pass', 'return'],
  appealDecision: ['uphold', 'void'],
};

const FROM: Record<CaseStepKind, readonly CaseStatus[]> = {
  followUp: ['open'],
  rectify: ['followedUp'],
  review: ['rectified'],
  appeal: ['open', 'followedUp', 'rectified'],
  appealDecision: ['appealed'],
};

export function decideCaseStep(state: CaseState, step: CaseStep): RatingCheck<StepResult> {
  const note = step.note.trim();
  if (!note) return refuse('HALLQ_E_NOTE_REQUIRED');
  const outcomes = OUTCOMES[step.kind];
  if (outcomes ? !step.outcome || !outcomes.includes(step.outcome) : step.outcome !== undefined)
    return refuse('HALLQ_E_CASE_OUTCOME');
  if (!FROM[step.kind].includes(state.status)) return refuse('HALLQ_E_CASE_STEP_NOT_ALLOWED');
  const done = (status: CaseStatus, late = false, resumeStatus?: CaseStatus) => ({
    ok: true as const,
    value: {
      status,
      late,
      note,
      ...(step.outcome ? { outcome: step.outcome } : {}),
      ...(resumeStatus ? { resumeStatus } : {}),
    },
  });
  switch (step.kind) {
    case 'followUp':
      return done('followedUp', step.at > state.followUpDueAt);
    case 'rectify':
      return done('rectified', step.at > state.rectifyDueAt);
    case 'review':
      return done(step.outcome === 'pass' ? 'closed' : 'followedUp');
    case 'appeal':
      return done('appealed', false, state.status);
    case 'appealDecision':
      return done(step.outcome === 'void' ? 'voided' : (state.resumeStatus ?? 'open'));
  }
}

/**
 * The steps overdue at `now` (R10): 回访 while the case is still open after
 * its deadline, 整改 while not yet rectified after its. An appealed, closed
 * or voided case is overdue on nothing.
 */
export function overdueSteps(state: CaseState, now: number): ('followUp' | 'rectify')[] {
  const late: ('followUp' | 'rectify')[] = [];
  if (state.status === 'open' && now > state.followUpDueAt) late.push('followUp');
  if ((state.status === 'open' || state.status === 'followedUp') && now > state.rectifyDueAt)
    late.push('rectify');
  return late;
}
