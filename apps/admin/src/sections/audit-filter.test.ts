/** The audit filter's dates are the hall's days (UTC+8), the "to" day included. */
import { describe, expect, it } from 'vitest';
import { auditQuery } from './audit-filter';

describe('auditQuery', () => {
  it('from 00:00 of the first day to 00:00 after the last, in the hall’s time', () => {
    const q = auditQuery({ from: '2025-06-02', to: '2025-06-02', actor: '', target: '' });
    expect(q.from).toBe(Date.parse('2025-06-02T00:00:00+08:00'));
    expect(q.to).toBe(Date.parse('2025-06-03T00:00:00+08:00'));
  });

  it('empty fields are left out; actor and target pass through', () => {
    expect(auditQuery({ from: '', to: '', actor: '', target: ' ' })).toEqual({});
    expect(auditQuery({ from: '', to: '', actor: 'staff-1', target: 'item' })).toEqual({
      actor: 'staff-1',
      target: 'item',
    });
  });
});
