import { beforeAll, describe, expect, it } from 'vitest';
import { loadPinyin, type Pinyin } from '@hallq/ui';
import { searchExample, searchItems } from './item-search';
import { testCatalog } from './test-catalog';

const { items, units } = testCatalog();
const names = (hits: ReturnType<typeof searchItems>) => hits.map((h) => h.item.name);
let pinyin: Pinyin;

beforeAll(async () => {
  pinyin = await loadPinyin();
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
    expect(names(hits)).toEqual(['职工参保登记', '婚姻登记', '收养登记']);
    expect(hits[1]?.marks).toEqual([2, 3]);
  });

  it('finds by item code', () => {
    expect(names(searchItems(items, 'jy002', pinyin))).toEqual(['校车使用许可']);
  });

  it('finds an item by what people call it, and shows which word found it', () => {
    const [hit] = searchItems(items, '身份证', pinyin);
    expect(hit?.item.id).toBe('ZX001');
    expect(hit?.alias).toEqual({ text: '身份证', marks: [0, 1, 2] });
    expect(names(searchItems(items, 'jiehun', pinyin))).toEqual(['婚姻登记']);
    expect(searchItems(items, 'lh', pinyin)[0]?.alias?.text).toBe('离婚');
  });

  it('hall-wide, "sb" and "shebao" find the 社保局’s items by the unit’s pinyin, marking its name', () => {
    const sb = searchItems(items, 'sb', pinyin, units);
    expect(sb.slice(0, 2).map((h) => h.item.id)).toEqual(['SB001', 'SB002']);
    const shebao = searchItems(items, 'shebao', pinyin, units);
    expect(names(shebao)).toEqual(['职工参保登记', '养老保险待遇申领']);
    expect(shebao[0]?.unitMarks).toEqual([0, 1]);
    // Within a unit's own page the unit's name finds nothing more.
    expect(searchItems(items, 'shebao', pinyin)).toEqual([]);
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

describe('searchExample', () => {
  it('names one of the unit’s own items, with its initials', () => {
    const own = items.filter((i) => i.unitId === 'jiaoyu');
    expect(searchExample(own, pinyin)).toEqual({ letters: 'jszg', words: '教师资格' });
    const shebao = items.filter((i) => i.unitId === 'shebao');
    expect(searchExample(shebao, pinyin)).toEqual({ letters: 'zgcb', words: '职工参保' });
  });

  it('has no example before pinyin has loaded', () => {
    expect(searchExample(items, undefined)).toBeUndefined();
  });
});
