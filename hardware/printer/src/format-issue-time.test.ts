import { describe, expect, it } from 'vitest';
import { formatIssueTime } from './format-issue-time';

describe('formatIssueTime', () => {
  // 2025-03-04 16:30 UTC is already the 5th in Beijing.
  const t = Date.UTC(2025, 2, 4, 16, 30);

  it('shows the site time zone, not the machine one', () => {
    expect(formatIssueTime(t, 'Asia/Shanghai')).toBe('2025-03-05 00:30');
    expect(formatIssueTime(t, 'UTC')).toBe('2025-03-04 16:30');
    expect(formatIssueTime(t, 'Asia/Urumqi')).toBe('2025-03-04 22:30');
  });

  it('uses a 24-hour clock with leading zeros', () => {
    expect(formatIssueTime(Date.UTC(2025, 0, 1, 0, 5), 'Asia/Shanghai')).toBe('2025-01-01 08:05');
  });

  it('rejects an unknown time zone and a non-time', () => {
    expect(() => formatIssueTime(t, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatIssueTime(Number.NaN, 'Asia/Shanghai')).toThrow(RangeError);
  });
});
