/**
 * The settings of 好差评 (R2). Where places differ (the 整改 deadline, a
 * default rating), hallq makes it a setting; the defaults are the common
 * choice. Tags are configurable, not invented per hall: the list below is
 * the usual set of reasons for a 差评.
 */
import type { RatingLevel } from './levels';

export interface RatingSettings {
  /** The reasons a 差评 must name at least one of. */
  badTags: readonly string[];
  /** How long the pad offers a rating after 办结. */
  padTimeoutSeconds: number;
  /** Slack on the pad's clock and the network, added to the pad's window on the server. */
  padGraceSeconds: number;
  /** How long the phone page offers a rating after 办结. */
  phoneDays: number;
  /** When the phone window closes unrated: a default level (广东: 3), or null to record it unrated. */
  defaultLevel: RatingLevel | null;
  /** 回访: within this many working days of the 差评. */
  followUpWorkingDays: number;
  /** 整改: within this many working days of the 差评 (德州 5, 浙江 15). */
  rectifyWorkingDays: number;
}

export const RATING_DEFAULTS: Readonly<RatingSettings> = Object.freeze({
  badTags: Object.freeze([
    '等候时间长',
    '多次跑动',
    '未一次性告知',
    '业务不熟练',
    '服务态度差',
    '办事指南不清晰',
    '超时办结',
    '推诿扯皮',
  ]),
  padTimeoutSeconds: 60,
  padGraceSeconds: 30,
  phoneDays: 7,
  defaultLevel: null,
  followUpWorkingDays: 1,
  rectifyWorkingDays: 5,
});

export function ratingSettings(overrides: Partial<RatingSettings> = {}): RatingSettings {
  return { ...RATING_DEFAULTS, ...overrides };
}
