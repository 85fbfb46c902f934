/** The lists' search: every word found in some text of the row, or by its pinyin. */
import { describe, expect, it } from 'vitest';
import type { Pinyin } from '@hallq/ui';
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

  it('finds by pinyin once the matcher has loaded', () => {
    const pinyin: Pinyin = {
      match: (text, q) => (text === '城乡居民参保登记' && q === 'cbdj' ? [4, 5, 6, 7] : null),
      initials: () => '',
    };
    expect(matchesQuery(row, 'cbdj')).toBe(false);
    expect(matchesQuery(row, 'CBDJ', pinyin)).toBe(true);
  });
});
