/**
 * Finding a catalogue entry by what a person types or says: a plain
 * substring in any script ("社保", "登记"), pinyin in full, in part or as
 * initials ("shebao", "zige", "sb", "jszg"), or the start of a code
 * ("YB00"). Each entry offers several fields — its name, its code, its
 * aliases (身份证, 医保卡…), the name of the group it belongs to (its unit) —
 * and the best field decides its rank. The kiosk's item search and the admin
 * console's lists both use it.
 *
 * Pinyin comes from pinyin-pro (`match`, `pinyin`): its dictionary is large,
 * so it is loaded on demand (`loadPinyin`) and searching works without it
 * meanwhile, for Chinese and codes.
 */

/** Indices of the matched characters of `text`, or null. */
export type PinyinMatch = (text: string, query: string) => number[] | null;

export interface Pinyin {
  match: PinyinMatch;
  /** "jszg" for 教师资格: the first letter of each character's pinyin (other characters kept). */
  initials: (text: string) => string;
}

/** What a field is to its entry: it decides the rank of a hit, best first. */
export type FieldKind = 'name' | 'code' | 'alias' | 'group';

const KIND_RANK: Record<FieldKind, number> = { name: 0, code: 1, alias: 2, group: 3 };

export interface SearchField {
  kind: FieldKind;
  text: string;
}

export interface SearchHit<T> {
  entry: T;
  /** The field that matched best. */
  field: SearchField;
  /** Indices of the field's characters to highlight (none for a code). */
  marks: number[];
}

const CJK = /[\u3400-\u9fff]/;
const LETTERS = /^[a-zü]+$/;

/** Spaces dropped, lower case: "Zi Ge" → "zige". */
export const normalizeQuery = (query: string): string => query.replace(/\s+/g, '').toLowerCase();

const range = (from: number, length: number): number[] =>
  Array.from({ length }, (_, i) => from + i);

/**
 * Where a normalised query is found in `text`: as a substring (ignoring
 * case), else — for a query of letters only — by its pinyin. Null: nowhere.
 */
export function matchText(text: string, q: string, pinyin?: Pinyin): number[] | null {
  if (!q) return null;
  const at = text.toLowerCase().indexOf(q);
  if (at >= 0) return range(at, q.length);
  if (!pinyin || CJK.test(q) || !LETTERS.test(q)) return null;
  return pinyin.match(text, q);
}

function matchField(field: SearchField, q: string, pinyin?: Pinyin): number[] | null {
  if (field.kind !== 'code') return matchText(field.text, q, pinyin);
  return !CJK.test(q) && field.text.toLowerCase().startsWith(q) ? [] : null;
}

/** A hit from the field's first character, or on a code, beats one inside a field. */
const fromStart = (h: { field: SearchField; marks: number[] }): boolean =>
  h.field.kind === 'code' || h.marks[0] === 0;

const score = (h: { field: SearchField; marks: number[] }): number =>
  (fromStart(h) ? 0 : 10) + KIND_RANK[h.field.kind];

/**
 * The entries matching `query`, best first: hits from a field's start before
 * hits inside one; then names, codes, aliases, groups. Equal ranks keep the
 * input's order. An empty query lists every entry unmarked.
 */
export function pinyinSearch<T>(
  entries: readonly T[],
  query: string,
  fieldsOf: (entry: T) => readonly SearchField[],
  pinyin?: Pinyin,
): SearchHit<T>[] {
  const q = normalizeQuery(query);
  if (!q) {
    return entries.map((entry) => ({
      entry,
      field: fieldsOf(entry)[0] ?? { kind: 'name', text: '' },
      marks: [],
    }));
  }
  const hits: (SearchHit<T> & { score: number })[] = [];
  for (const entry of entries) {
    let best: (SearchHit<T> & { score: number }) | undefined;
    for (const field of fieldsOf(entry)) {
      const marks = matchField(field, q, pinyin);
      if (!marks) continue;
      const s = score({ field, marks });
      if (!best || s < best.score) best = { entry, field, marks, score: s };
    }
    if (best) hits.push(best);
  }
  // Array.prototype.sort is stable: equal scores keep the input's order.
  return hits
    .sort((a, b) => a.score - b.score)
    .map(({ entry, field, marks }) => ({
      entry,
      field,
      marks,
    }));
}

let loading: Promise<Pinyin> | undefined;

/** pinyin-pro, in its own chunk, loaded once. */
export function loadPinyin(): Promise<Pinyin> {
  loading ??= import('pinyin-pro').then(({ match, pinyin }) => ({
    match: (text: string, query: string) =>
      match(text, query, { continuous: true, insensitive: true }),
    initials: (text: string) =>
      pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
  }));
  return loading;
}
