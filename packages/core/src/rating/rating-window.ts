/**
 * When a finished ticket may be rated, and what becomes of it unrated (R5,
 * R6): the pad offers it for `padTimeoutSeconds` after 办结 (the server
 * allows `padGraceSeconds` more), the phone page for `phoneDays` days; then
 * it is closed, recorded as unrated, or as the default level marked
 * defaulted where a default is set.
 */
import type { RatingSettings } from './settings';

const DAY_MS = 86_400_000;

export type RatingChannel = 'pad' | 'phone';

/** The last instant a channel takes a rating of a ticket finished at `finishedAt`. */
export function ratingClosesAt(
  channel: RatingChannel,
  finishedAt: number,
  settings: RatingSettings,
): number {
  return channel === 'pad'
    ? finishedAt + (settings.padTimeoutSeconds + settings.padGraceSeconds) * 1000
    : finishedAt + settings.phoneDays * DAY_MS;
}

export const isRatingOpen = (
  channel: RatingChannel,
  finishedAt: number,
  now: number,
  settings: RatingSettings,
): boolean => now >= finishedAt && now <= ratingClosesAt(channel, finishedAt, settings);

/**
 * What to record of a ticket nobody rated, at `now`: nothing while the
 * phone still offers it, then `defaulted` (with the level) where a default
 * is set, else `unrated`.
 */
export function closeUnrated(
  finishedAt: number,
  now: number,
  settings: RatingSettings,
): { kind: 'unrated' } | { kind: 'defaulted'; level: number } | undefined {
  if (now <= ratingClosesAt('phone', finishedAt, settings)) return undefined;
  return settings.defaultLevel === null
    ? { kind: 'unrated' }
    : { kind: 'defaulted', level: settings.defaultLevel };
}
