import { describe, expect, it } from 'vitest';
import type { CurrentTicket, WindowStateView } from '@hallq/protocol';
import { windowScreenState } from './window-state';

const base: WindowStateView = {
  id: 'w5',
  number: 5,
  name: '5号窗口',
  status: 'open',
  todayUnitIds: ['yibao'],
};
const ticket = (status: CurrentTicket['status']): CurrentTicket => ({
  id: 't1',
  number: 'A012',
  unitId: 'yibao',
  itemId: 'yb-1',
  priority: 'normal',
  issuedAt: 0,
  transferCount: 0,
  status,
  calledAt: 0,
  recallCount: 0,
});

describe('windowScreenState', () => {
  it('names each state a visitor can see above a window', () => {
    expect(windowScreenState(undefined)).toEqual({ kind: 'signedOut' });
    expect(windowScreenState({ ...base, status: 'signedOut' })).toEqual({ kind: 'signedOut' });
    expect(windowScreenState({ ...base, status: 'paused', pauseReason: '午休' })).toEqual({
      kind: 'paused',
      reason: '午休',
    });
    expect(windowScreenState(base)).toEqual({ kind: 'idle' });
    expect(windowScreenState({ ...base, current: ticket('called') })).toEqual({
      kind: 'called',
      number: 'A012',
    });
    expect(windowScreenState({ ...base, current: ticket('serving') })).toEqual({
      kind: 'serving',
      number: 'A012',
    });
  });

  it('a pause with an expected return carries it (暂停服务，预计 14:30 恢复)', () => {
    expect(
      windowScreenState({ ...base, status: 'paused', pauseReason: '午休', pauseUntil: '14:30' }),
    ).toEqual({ kind: 'paused', reason: '午休', until: '14:30' });
  });
});
