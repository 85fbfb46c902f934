/**
 * Finding an item by what a visitor can type on the kiosk's letter pad:
 * pinyin initials ("jszg" → 教师资格认定), full or partial pinyin ("zige"),
 * a plain Chinese substring, or the item's code ("JY001"). Pinyin matching
 * is pinyin-pro's `match`; its dictionary is large, so it is loaded on demand
 * (`loadPinyinMatch`) and searching works without it meanwhile.
 */
import type { ItemView } from '@hallq/protocol';

/** Indices of the matched characters of `text`, or null. */
export type PinyinMatch = (text: string, query: string) => number[] | null;

export interface SearchHit {
  item: ItemView;
  /** Indices of the name's characters to highlight. */
  marks: number[];
}

const CJK = /[\u3400-\u9fff]/;

export const normalizeQuery = (query: string): string => query.replace(/\s+/g, '').toLowerCase();

function range(from: number, length: number): number[] {
  return Array.from({ length }, (_, i) => from + i);
}

function matchOne(item: ItemView, q: string, pinyinMatch?: PinyinMatch): number[] | null {
  const at = item.name.toLowerCase().indexOf(q);
  if (at >= 0) return range(at, q.length);
  if (CJK.test(q)) return null;
  if (item.code.toLowerCase().startsWith(q)) return [];
  if (!pinyinMatch || !/^[a-zü]+$/.test(q)) return null;
  return pinyinMatch(item.name, q);
}

/** Items matching the query, those matching from the name's start first; '' → all. */
export function searchItems(
  items: readonly ItemView[],
  query: string,
  pinyinMatch?: PinyinMatch,
): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return items.map((item) => ({ item, marks: [] }));
  const hits: SearchHit[] = [];
  for (const item of items) {
    const marks = matchOne(item, q, pinyinMatch);
    if (marks) hits.push({ item, marks });
  }
  const starts = (h: SearchHit) => (h.marks[0] === 0 ? 0 : 1);
  // Array.prototype.sort is stable: equal ranks keep the catalogue's order.
  return hits.sort((a, b) => starts(a) - starts(b));
}

let loading: Promise<PinyinMatch> | undefined;

/** pinyin-pro in its own chunk, loaded once. */
export function loadPinyinMatch(): Promise<PinyinMatch> {
  loading ??= import('pinyin-pro').then(
    ({ match }) =>
      (text: string, query: string) =>
        match(text, query, { continuous: true, insensitive: true }),
  );
  return loading;
}
