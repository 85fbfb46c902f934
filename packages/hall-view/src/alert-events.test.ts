/**
 * 电子监察's alert events pass through the hall view: they move its seq and
 * time and nothing else (the supervisor's screen keeps its alerts beside it),
 * so a screen folding the site's stream stays in step with the server.
 */
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '@hallq/protocol';
import { applyHallEvent } from './apply-hall-event';
import { initialHallView } from './initial-view';

const view = initialHallView({
  siteId: 'district',
  businessDay: '2026-11-23',
  at: 1,
  seq: 10,
  unitIds: ['yibao'],
  windows: [{ id: 'w1', number: 1, name: '医保窗口', todayUnitIds: ['yibao'] }],
  notice: '',
});
const base = { siteId: 'district', at: 5 };

describe('alert events in the hall view', () => {
  it('change only seq and at', () => {
    const events: WireEvent[] = [
      {
        name: 'alert.opened',
        payload: {
          ...base,
          seq: 11,
          alert: { id: 'a1', rule: 'long-wait', level: 'yellow', ticketId: 't1', detail: {} },
        },
      },
      { name: 'alert.escalated', payload: { ...base, seq: 12, alertId: 'a1', to: 'red' } },
      {
        name: 'alert.acknowledged',
        payload: { ...base, seq: 13, alertId: 'a1', by: { id: 's', name: '效能监察员' } },
      },
      {
        name: 'alert.closed',
        payload: { ...base, seq: 14, alertId: 'a1', reason: 'visitor-called' },
      },
    ];
    const after = events.reduce(applyHallEvent, view);
    expect(after).toEqual({ ...view, seq: 14, at: 5 });
  });
});
