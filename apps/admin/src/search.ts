/**
 * The search of the console's long lists (182 items): a row matches when
 * every word of the query is found in one of its texts, ignoring case, or
 * in the initials of a Chinese text (ylbx finds 医疗保险) when a pinyin
 * matcher is given.
 */
export type InitialsOf = (text: string) => string;

export function matchesQuery(
  texts: readonly (string | undefined)[],
  query: string,
  initialsOf?: InitialsOf,
): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = texts.filter((t): t is string => !!t).map((t) => t.toLowerCase());
  const initials = initialsOf ? hay.map((t) => initialsOf(t).toLowerCase()) : [];
  return words.every((w) => hay.some((t) => t.includes(w)) || initials.some((t) => t.includes(w)));
}
