/**
 * The thresholds of the supervision rules (S8), kept on the site as
 * `site.supervision` and changed with the site settings. Each is a number;
 * a limit of 0 turns its rule off. Absent ones take the defaults below, or
 * the server's own default where it has one (the wait limit).
 */
import type { Site } from '../model';

export interface SupervisionSettings {
  /** S1: a visitor waiting this long is yellow, twice it red. */
  waitLimitMinutes: number;
  /** S2: a service over the item's expected minutes × this is yellow, twice it red. */
  serviceOverrunFactor: number;
  /** S3: an open, free window with people waiting and no call for this long. */
  idleMinutes: number;
  /** S4: a window paused this long while its units have people waiting. */
  pauseLimitMinutes: number;
  /** S4: a window signed out this long (in opening hours) while its units have people waiting. */
  signedOutMinutes: number;
  /** S5: a unit with this many people waiting… */
  backlogWaiting: number;
  /** S5: …or whose longest wait is this long. */
  backlogWaitMinutes: number;
  /** S6: a kiosk or hall screen not heard from for this long. */
  deviceUnseenMinutes: number;
  /** S6: a printer fault (paper out, cover open, offline) turns red after this long. */
  deviceFaultRedMinutes: number;
  /** S7: 选号 calls by one clerk in a day. */
  outOfOrderPerDay: number;
  /** S7: transfers by one clerk in a day. */
  transfersPerDay: number;
  /** S7: 选号 calls of priority tickets beyond the priority ratio by one clerk in a day. */
  priorityBeyondRatioPerDay: number;
  /** S12: a window whose tickets finished today are this % unrated is yellow (0: off)… */
  unratedSharePercent: number;
  /** S12: …once it has finished at least this many. */
  unratedMinFinished: number;
  /** S9: a red alert nobody acknowledged goes to the admin after this long. */
  escalateAfterMinutes: number;
}

export const SUPERVISION_DEFAULTS: Readonly<SupervisionSettings> = Object.freeze({
  waitLimitMinutes: 30,
  serviceOverrunFactor: 1.5,
  idleMinutes: 5,
  pauseLimitMinutes: 30,
  signedOutMinutes: 10,
  backlogWaiting: 30,
  backlogWaitMinutes: 45,
  deviceUnseenMinutes: 2,
  deviceFaultRedMinutes: 10,
  outOfOrderPerDay: 5,
  transfersPerDay: 10,
  priorityBeyondRatioPerDay: 3,
  escalateAfterMinutes: 15,
  unratedSharePercent: 30,
  unratedMinFinished: 5,
});

/** The site's thresholds: its own, else `fallback` (the server's defaults), else SUPERVISION_DEFAULTS. */
export function supervisionSettings(
  site: Pick<Site, 'supervision'>,
  fallback: Partial<SupervisionSettings> = {},
): SupervisionSettings {
  return { ...SUPERVISION_DEFAULTS, ...fallback, ...site.supervision };
}
