import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadPinyin,
  matchText,
  pinyinSearch,
  type Pinyin,
  type SearchField,
} from './pinyin-search';

interface Entry {
  name: string;
  code: string;
  unit: string;
  aliases?: string[];
}
const entries: Entry[] = [
  { name: '特种设备作业人员资格认定取证', code: 'GS011', unit: '工商质监局' },
  { name: '企业职工参保登记', code: 'SB002', unit: '社保局', aliases: ['交社保', '五险'] },
  { name: '企业职工基本养老保险正常退休申请', code: 'SB004', unit: '社保局', aliases: ['退休'] },
  { name: '户口迁移审批', code: 'GA001', unit: '公安分局', aliases: ['户口', '落户'] },
  { name: '咨询导办', code: 'ZX001', unit: '咨询导办', aliases: ['身份证'] },
];
const fields = (e: Entry): SearchField[] => [
  { kind: 'name', text: e.name },
  { kind: 'code', text: e.code },
  ...(e.aliases ?? []).map((text) => ({ kind: 'alias' as const, text })),
  { kind: 'group', text: e.unit },
];
let pinyin: Pinyin;
beforeAll(async () => {
  pinyin = await loadPinyin();
});
const codes = (query: string, loaded = true) =>
  pinyinSearch(entries, query, fields, loaded ? pinyin : undefined).map((h) => h.entry.code);

describe('pinyinSearch', () => {
  it('"sb" and "shebao" find the 社保局’s items first, by the unit’s pinyin', () => {
    // 特种设备 also reads "sb", inside its name: after the unit's own items.
    expect(codes('sb').slice(0, 2)).toEqual(['SB002', 'SB004']);
    expect(codes('sb').at(-1)).toBe('GS011');
    expect(codes('shebao')).toEqual(['SB002', 'SB004']);
    expect(codes('社保')).toEqual(['SB002', 'SB004']);
  });

  it('finds an item by what people call it, and says which alias matched', () => {
    const [hit] = pinyinSearch(entries, '身份证', fields, pinyin);
    expect(hit?.entry.code).toBe('ZX001');
    expect(hit?.field).toEqual({ kind: 'alias', text: '身份证' });
    expect(hit?.marks).toEqual([0, 1, 2]);
    expect(codes('sfz')).toEqual(['ZX001']);
    expect(codes('退休')).toEqual(['SB004']);
    expect(codes('hukou')).toEqual(['GA001']);
  });

  it('finds by the start of a code, in any case, but not its middle', () => {
    expect(codes('ga0')).toEqual(['GA001']);
    expect(codes('A001')).toEqual([]);
  });

  it('a name hit beats an alias hit, a hit from the start one inside', () => {
    // 户口迁移审批 starts with "hk"; nothing else reads so.
    expect(pinyinSearch(entries, 'hk', fields, pinyin)[0]?.field.kind).toBe('name');
    expect(codes('qy')).toEqual(['SB002', 'SB004', 'GA001']);
  });

  it('lists every entry for an empty query, nothing for nonsense', () => {
    expect(codes('  ')).toHaveLength(entries.length);
    expect(codes('qqqq')).toEqual([]);
  });

  it('finds Chinese and codes before the pinyin dictionary has loaded, and no pinyin', () => {
    expect(codes('户口', false)).toEqual(['GA001']);
    expect(codes('sb', false)).toEqual(['SB002', 'SB004']); // their codes
    expect(codes('shebao', false)).toEqual([]);
  });
});

describe('matchText and initials', () => {
  it('marks a substring, else the characters the pinyin matched', () => {
    expect(matchText('教师资格认定', '资格', pinyin)).toEqual([2, 3]);
    expect(matchText('教师资格认定', 'zige', pinyin)).toEqual([2, 3]);
    expect(matchText('教师资格认定', 'zz', pinyin)).toBeNull();
  });

  it('gives the initials a hint can show', () => {
    expect(pinyin.initials('教师资格')).toBe('jszg');
  });
});
