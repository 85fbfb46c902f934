import { describe, expect, it } from 'vitest';
import { workCalendar } from '../calendar/working-days';
import { isProxyOverdue, proxyPromise } from './promise';

/** Local Asia/Shanghai time, as epoch ms. */
const at = (day: string, hhmm = '10:00') => Date.parse(`${day}T${hhmm}:00+08:00`);

describe('Q29 the promised date of a 代办', () => {
  const calendar = workCalendar();

  it('Q29 counts the 承诺时限 in working days: a Friday plus 5 is the next Friday', () => {
    const p = proxyPromise(at('2026-11-27'), 5, 'Asia/Shanghai', calendar);
    expect(p.dueDay).toBe('2026-12-04');
    expect(p.dueAt).toBe(at('2026-12-05', '00:00') - 1);
    expect(p.calendarConfirmed).toBe(true);
  });

  it('Q29 skips the official holidays (国庆 2026) and a 即办件 is due the next working day', () => {
    expect(proxyPromise(at('2026-09-30'), 1, 'Asia/Shanghai', calendar).dueDay).toBe('2026-10-08');
    expect(proxyPromise(at('2026-11-23'), 0, 'Asia/Shanghai', calendar).dueDay).toBe('2026-11-24');
  });

  it('Q29 overdue after the end of the due day, unless done', () => {
    const p = proxyPromise(at('2026-11-23'), 1, 'Asia/Shanghai', calendar);
    expect(isProxyOverdue({ status: 'submitted', dueAt: p.dueAt }, p.dueAt)).toBe(false);
    expect(isProxyOverdue({ status: 'accepted', dueAt: p.dueAt }, p.dueAt + 1)).toBe(true);
    expect(isProxyOverdue({ status: 'done', dueAt: p.dueAt }, p.dueAt + 1)).toBe(false);
  });
});
