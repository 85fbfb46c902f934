/** How alerts read in the stream, and which hall events make a new read. */
import { describe, expect, it } from 'vitest';
import type { AlertView, WireEvent } from '@hallq/protocol';
import { measureOf, openNewestFirst, subjectOf, type Names } from './alert-text';
import { dict } from './dict';
import { KEYS, keysForEvent } from './live-keys';

const names: Names = {
  window: (id) => ({ w5: '5号窗口' })[id],
  unit: (id) => ({ yibao: '医保局' })[id],
  staff: (id) => ({ s5: '王芳' })[id],
};
const base = { siteId: 'district', detail: {}, openedAt: 1_000 };

describe('alert text', () => {
  it('names what an alert is about: window, unit, ticket number, clerk', () => {
    const a: AlertView = {
      ...base,
      id: 'a1',
      rule: 'service-overrun',
      level: 'yellow',
      windowId: 'w5',
      unitId: 'yibao',
      ticketId: 't1',
      staffId: 's5',
      detail: { number: 'A003', serviceMinutes: 25, limitMinutes: 20 },
    };
    expect(subjectOf(a, names)).toEqual([
      { key: 'subject.window', vars: { name: '5号窗口' } },
      { key: 'subject.plain', vars: { text: '医保局' } },
      { key: 'subject.ticket', vars: { number: 'A003' } },
      { key: 'subject.staff', vars: { name: '王芳' } },
    ]);
    expect(measureOf(a)).toEqual({ key: 'measure.service', vars: { minutes: 25, limit: 20 } });
  });

  it('an unknown clerk reads by id; an absent window by its status', () => {
    const a: AlertView = {
      ...base,
      id: 'a2',
      rule: 'window-absent',
      level: 'red',
      windowId: 'w5',
      staffId: 's9',
      detail: { status: 'paused', absentMinutes: 61, waiting: 4 },
    };
    expect(subjectOf(a, names)[1]).toEqual({ key: 'subject.staff', vars: { name: 's9' } });
    expect(measureOf(a)).toEqual({ key: 'measure.paused', vars: { minutes: 61, waiting: 4 } });
  });

  it('a 差评, a window’s unrated share and an overdue rectification read in both languages', () => {
    const rating = (detail: AlertView['detail'], level: AlertView['level']): AlertView => ({
      ...base,
      id: 'r1',
      rule: 'rating',
      level,
      windowId: 'w5',
      ticketId: 't1',
      detail,
    });
    const bad = rating({ kind: 'bad', caseId: 'c1', number: 'A007', ratingLevel: 1 }, 'red');
    expect(subjectOf(bad, names)[1]).toEqual({ key: 'subject.ticket', vars: { number: 'A007' } });
    expect(measureOf(bad)).toEqual({ key: 'measure.badRating1' });
    expect(measureOf(rating({ kind: 'bad', ratingLevel: 2 }, 'red'))).toEqual({
      key: 'measure.badRating2',
    });
    const unrated = {
      kind: 'unrated',
      unrated: 3,
      finished: 10,
      sharePercent: 30,
      limitPercent: 30,
    };
    expect(measureOf(rating(unrated, 'yellow'))).toEqual({
      key: 'measure.unrated',
      vars: { unrated: 3, finished: 10, share: 30, limit: 30 },
    });
    const overdue: AlertView = {
      ...base,
      id: 'r2',
      rule: 'rectification-overdue',
      level: 'red',
      detail: { caseId: 'c1', step: 'rectify', dueDay: '2026-11-30', daysLate: 2 },
    };
    expect(measureOf(overdue)).toEqual({
      key: 'measure.rectifyOverdue',
      vars: { days: 2, day: '2026-11-30' },
    });
    const fairness: AlertView = {
      ...base,
      id: 'f1',
      rule: 'fairness',
      level: 'yellow',
      detail: { kind: 'priority', count: 3, limit: 3 },
    };
    expect(measureOf(fairness)).toEqual({
      key: 'measure.priorityBeyond',
      vars: { count: 3, limit: 3 },
    });
    const keys = [
      'measure.priorityBeyond',
      'rule.rating',
      'rule.rectification-overdue',
      'measure.badRating1',
      'measure.badRating2',
      'measure.unrated',
      'measure.followUpOverdue',
      'measure.rectifyOverdue',
    ];
    for (const lang of ['zh-CN', 'en'] as const)
      for (const key of keys) expect(dict[lang]?.[key], `${lang} ${key}`).toBeTruthy();
  });

  it('open alerts newest first, one that turned red counting from then; closed ones drop out', () => {
    const mk = (id: string, openedAt: number, extra: Partial<AlertView> = {}): AlertView => ({
      ...base,
      id,
      rule: 'long-wait',
      level: 'yellow',
      openedAt,
      ...extra,
    });
    const list = openNewestFirst([
      mk('old', 1_000, { level: 'red', redAt: 9_000 }),
      mk('mid', 5_000),
      mk('closed', 8_000, { closedAt: 8_500 }),
      mk('new', 7_000),
    ]);
    expect(list.map((a) => a.id)).toEqual(['old', 'new', 'mid']);
  });
});

describe('live keys', () => {
  const ev = (name: string, payload: object) =>
    ({ name, payload: { seq: 1, siteId: 'district', at: 0, ...payload } }) as WireEvent;

  it('alerts read the alerts and the marks again; hall events the figures and queues', () => {
    expect(keysForEvent(ev('alert.closed', { alertId: 'a', reason: 'x' }))).toEqual([
      KEYS.alerts,
      KEYS.supervision,
    ]);
    expect(keysForEvent(ev('ticket.called', {}))).toEqual([KEYS.supervision, KEYS.queues]);
    expect(keysForEvent(ev('notice.updated', {}))).toEqual([]);
  });
});
