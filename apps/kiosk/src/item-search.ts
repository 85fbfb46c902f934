/**
 * Finding an item on the kiosk by what a visitor types on the letter pad or
 * says: its name in Chinese or pinyin ("jszg" → 教师资格认定, "zige"), its
 * code ("JY001"), what people call it (its aliases: 身份证, 医保卡, 退休…),
 * and, searching the whole hall, its unit's name ("社保", "shebao", "sb").
 * The matching itself is @hallq/ui's pinyin-search, shared with the admin
 * console.
 */
import type { ItemView, UnitView } from '@hallq/protocol';
import { pinyinSearch, type Pinyin, type SearchField } from '@hallq/ui';

export interface SearchHit {
  item: ItemView;
  /** Indices of the name's characters to highlight. */
  marks: number[];
  /** The alias that found it, to show beside the name ("又称：身份证"). */
  alias?: { text: string; marks: number[] };
  /** Indices of the unit's short name to highlight, when the unit found it. */
  unitMarks?: number[];
}

/**
 * Items matching the query, best first; '' → all. With `units` (the
 * hall-wide search) an item is also found by its unit's name or short name.
 */
export function searchItems(
  items: readonly ItemView[],
  query: string,
  pinyin?: Pinyin,
  units?: readonly UnitView[],
): SearchHit[] {
  const unitOf = new Map(units?.map((u) => [u.id, u]));
  const fieldsOf = (item: ItemView): SearchField[] => {
    const unit = unitOf.get(item.unitId);
    return [
      { kind: 'name', text: item.name },
      { kind: 'code', text: item.code },
      ...(item.aliases ?? []).map((text) => ({ kind: 'alias' as const, text })),
      ...(unit
        ? [
            { kind: 'group' as const, text: unit.shortName },
            { kind: 'group' as const, text: unit.name },
          ]
        : []),
    ];
  };
  return pinyinSearch(items, query, fieldsOf, pinyin).map(({ entry, field, marks }) => {
    if (field.kind === 'alias')
      return { item: entry, marks: [], alias: { text: field.text, marks } };
    if (field.kind === 'group') {
      const short = unitOf.get(entry.unitId)?.shortName === field.text;
      return { item: entry, marks: [], ...(short ? { unitMarks: marks } : {}) };
    }
    return { item: entry, marks: field.kind === 'name' ? marks : [] };
  });
}

/** The first characters of a name that a hint shows (教师资格认定 → 教师资格). */
const HINT_CHARS = 4;

/**
 * What the search box suggests typing: the initials of one of these items
 * and the words they stand for ("jszg", "教师资格"). Undefined without
 * pinyin or items.
 */
export function searchExample(
  items: readonly ItemView[],
  pinyin: Pinyin | undefined,
): { letters: string; words: string } | undefined {
  const item = items.find((i) => i.enabled !== false && /^[\u3400-\u9fff]{2}/.test(i.name));
  if (!item || !pinyin) return undefined;
  const words = [...item.name].slice(0, HINT_CHARS).join('');
  return { letters: pinyin.initials(words).toLowerCase(), words };
}
