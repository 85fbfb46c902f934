import { beforeAll, describe, expect, it } from 'vitest';
import { loadPinyinMatch, searchItems, type PinyinMatch } from './item-search';
import { testCatalog } from './test-catalog';

const items = testCatalog().items;
const names = (hits: ReturnType<typeof searchItems>) => hits.map((h) => h.item.name);
let pinyin: PinyinMatch;

beforeAll(async () => {
  pinyin = await loadPinyinMatch();
});

describe('searchItems', () => {
  it('finds 教师资格认定 by its pinyin initials', () => {
    const hits = searchItems(items, 'jszg', pinyin);
    expect(names(hits)).toEqual(['教师资格认定']);
    expect(hits[0]?.marks).toEqual([0, 1, 2, 3]);
  });

  it('finds by full or partial pinyin, in any case and with spaces', () => {
    expect(names(searchItems(items, 'Zi Ge', pinyin))).toEqual(['教师资格认定']);
    expect(names(searchItems(items, 'hunyin', pinyin))).toEqual(['婚姻登记']);
  });

  it('finds by a plain Chinese substring, marking it', () => {
    const hits = searchItems(items, '登记', pinyin);
    expect(names(hits)).toEqual(['职工参保登记', '婚姻登记']);
    expect(hits[1]?.marks).toEqual([2, 3]);
  });

  it('finds by item code', () => {
    expect(names(searchItems(items, 'jy002', pinyin))).toEqual(['校车使用许可']);
  });

  it('puts names that match from their start first', () => {
    // "js" starts 教师资格认定 and sits inside 校车使用许可 (车使); the catalogue lists 校车 second
    // here, so reverse the input to check that the rank, not the input order, decides.
    expect(names(searchItems([...items].reverse(), 'js', pinyin))).toEqual([
      '教师资格认定',
      '校车使用许可',
    ]);
  });

  it('lists everything for an empty query and nothing for nonsense', () => {
    expect(searchItems(items, '  ', pinyin)).toHaveLength(items.length);
    expect(searchItems(items, 'qqqq', pinyin)).toEqual([]);
  });

  it('still finds Chinese text before the pinyin dictionary has loaded', () => {
    expect(names(searchItems(items, '教师'))).toEqual(['教师资格认定']);
    expect(searchItems(items, 'jszg')).toEqual([]);
  });
});
