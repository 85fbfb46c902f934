/** The lists' search: every word found in some text of the row, or in its pinyin initials. */
import { describe, expect, it } from 'vitest';
import { matchesQuery } from './search';

describe('matchesQuery', () => {
  const row = ['城乡居民参保登记', 'YB002', '医保局'];

  it('finds by name, code (any case) and unit; empty finds all', () => {
    expect(matchesQuery(row, '参保')).toBe(true);
    expect(matchesQuery(row, 'yb002')).toBe(true);
    expect(matchesQuery(row, '医保局')).toBe(true);
    expect(matchesQuery(row, '  ')).toBe(true);
  });

  it('needs every word: 医保 参保 yes, 医保 退休 no', () => {
    expect(matchesQuery(row, '医保 参保')).toBe(true);
    expect(matchesQuery(row, '医保 退休')).toBe(false);
  });

  it('uses the initials when a pinyin matcher is given', () => {
    const initials = (s: string) => (s === '城乡居民参保登记' ? 'cxjmcbdj' : '');
    expect(matchesQuery(row, 'cbdj')).toBe(false);
    expect(matchesQuery(row, 'cbdj', initials)).toBe(true);
  });
});
