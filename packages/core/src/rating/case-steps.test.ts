import { describe, expect, it } from 'vitest';
import { decideCaseStep, overdueSteps, type CaseState, type CaseStep } from './case-steps';

const open: CaseState = { status: 'open', followUpDueAt: 1_000, rectifyDueAt: 5_000 };
const step = (kind: CaseStep['kind'], over: Partial<CaseStep> = {}): CaseStep => ({
  kind,
  note: '已电话回访',
  at: 500,
  ...over,
});
const run = (state: CaseState, s: CaseStep) => {
  const r = decideCaseStep(state, s);
  return r.ok ? r.value : r.code;
};

describe('R8 case steps', () => {
  it('R8 回访, 整改, 复核 pass: closed', () => {
    const a = run(open, step('followUp'));
    expect(a).toEqual({ status: 'followedUp', late: false, note: '已电话回访' });
    const b = run({ ...open, status: 'followedUp' }, step('rectify', { at: 6_000 }));
    expect(b).toMatchObject({ status: 'rectified', late: true });
    const c = run({ ...open, status: 'rectified' }, step('review', { outcome: 'pass' }));
    expect(c).toMatchObject({ status: 'closed', outcome: 'pass' });
  });

  it('R8 复核 return sends it back to be rectified', () => {
    expect(
      run({ ...open, status: 'rectified' }, step('review', { outcome: 'return' })),
    ).toMatchObject({ status: 'followedUp' });
  });

  it('R8 steps out of order, a missing note or outcome, are refused', () => {
    expect(run(open, step('rectify'))).toBe('HALLQ_E_CASE_STEP_NOT_ALLOWED');
    expect(run(open, step('review', { outcome: 'pass' }))).toBe('HALLQ_E_CASE_STEP_NOT_ALLOWED');
    expect(run({ ...open, status: 'closed' }, step('appeal'))).toBe(
      'HALLQ_E_CASE_STEP_NOT_ALLOWED',
    );
    expect(run(open, step('followUp', { note: '  ' }))).toBe('HALLQ_E_NOTE_REQUIRED');
    expect(run({ ...open, status: 'rectified' }, step('review'))).toBe('HALLQ_E_CASE_OUTCOME');
    expect(run(open, step('followUp', { outcome: 'pass' }))).toBe('HALLQ_E_CASE_OUTCOME');
    expect(run({ ...open, status: 'rectified' }, step('review', { outcome: 'void' }))).toBe(
      'HALLQ_E_CASE_OUTCOME',
    );
  });

  it('R8 an appeal upheld resumes the case where it was; voided, the case ends void', () => {
    const appealed = run({ ...open, status: 'followedUp' }, step('appeal'));
    expect(appealed).toMatchObject({ status: 'appealed', resumeStatus: 'followedUp' });
    const during: CaseState = { ...open, status: 'appealed', resumeStatus: 'followedUp' };
    expect(run(during, step('appealDecision', { outcome: 'uphold' }))).toMatchObject({
      status: 'followedUp',
    });
    expect(run(during, step('appealDecision', { outcome: 'void' }))).toMatchObject({
      status: 'voided',
    });
  });
});

describe('R10 overdue steps', () => {
  it('R10 回访 and 整改 are overdue past their deadlines until done', () => {
    expect(overdueSteps(open, 1_000)).toEqual([]);
    expect(overdueSteps(open, 1_001)).toEqual(['followUp']);
    expect(overdueSteps(open, 5_001)).toEqual(['followUp', 'rectify']);
    expect(overdueSteps({ ...open, status: 'followedUp' }, 5_001)).toEqual(['rectify']);
    expect(overdueSteps({ ...open, status: 'rectified' }, 9_999)).toEqual([]);
    expect(overdueSteps({ ...open, status: 'appealed' }, 9_999)).toEqual([]);
  });
});
