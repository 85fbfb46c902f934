/**
 * What auditors look for in 好差评 (R12): a clerk whose 参评率 is far below
 * the hall's (visitors not invited, or kept from rating), and ratings given
 * within a second of 办结, again and again (a hand on the pad that is not
 * the visitor's). Flags only: a supervisor looks into each.
 */
export interface IntegritySettings {
  /** A clerk's 参评率 below the hall's × this is flagged… */
  lowRateFactor: number;
  /** …once they finished at least this many tickets in the period. */
  minFinished: number;
  /** A rating this soon after 办结 is implausibly quick… */
  quickMs: number;
  /** …and this many of them in the period are flagged. */
  quickCount: number;
}

export const INTEGRITY_DEFAULTS: Readonly<IntegritySettings> = Object.freeze({
  lowRateFactor: 0.5,
  minFinished: 20,
  quickMs: 1_000,
  quickCount: 3,
});

export interface ClerkRatings {
  staffId: string;
  finished: number;
  /** The visitors' ratings (R11 `rated`). */
  rated: number;
  /** Ratings given less than `quickMs` after 办结. */
  quick: number;
}

export type IntegrityFlag = 'lowParticipation' | 'quickRatings';

/** Each clerk's flags, given the hall's own 参评率 (null: nothing finished). */
export function integrityFlags(
  clerk: ClerkRatings,
  hallRatedRate: number | null,
  settings: IntegritySettings = INTEGRITY_DEFAULTS,
): IntegrityFlag[] {
  const flags: IntegrityFlag[] = [];
  if (
    hallRatedRate !== null &&
    clerk.finished >= settings.minFinished &&
    clerk.rated / clerk.finished < hallRatedRate * settings.lowRateFactor
  )
    flags.push('lowParticipation');
  if (clerk.quick >= settings.quickCount) flags.push('quickRatings');
  return flags;
}
