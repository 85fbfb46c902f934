/**
 * The search of the console's long lists (182 items): a row matches when
 * every word of the query is found in one of its texts, as the kiosk finds
 * them (@hallq/ui's matchText): a substring in any script, or pinyin in
 * full, in part or as initials (ylbx finds 医疗保险) once pinyin-pro has
 * loaded.
 */
import { matchText, normalizeQuery, type Pinyin } from '@hallq/ui';

export function matchesQuery(
  texts: readonly (string | undefined)[],
  query: string,
  pinyin?: Pinyin,
): boolean {
  const words = query.split(/\s+/).map(normalizeQuery).filter(Boolean);
  const hay = texts.filter((t): t is string => !!t);
  return words.every((w) => hay.some((t) => matchText(t, w, pinyin) !== null));
}
