/** Keys of the per-day counters in HallState; the day is always the last segment. */

export const serialKey = (siteId: string, unitId: string, day: string): string =>
  `${siteId}|${unitId}|${day}`;

export const itemIssuedKey = (itemId: string, day: string): string => `${itemId}|${day}`;

/** The day segment of a counter key. */
export const dayOfKey = (key: string): string => key.slice(key.lastIndexOf('|') + 1);

/** The id segment of an itemIssued key. */
export const itemOfKey = (key: string): string => key.slice(0, key.lastIndexOf('|'));
