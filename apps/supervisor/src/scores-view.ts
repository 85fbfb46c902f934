/**
 * The 绩效考评 page's pure parts: the periods offered (this month and the
 * eleven before it, this quarter and the three before it, in the site's
 * zone), the page's address (#scores, #scores/alert/<id> for an alert
 * behind a deduction), and how a deduction reads.
 */
import type { ScoreDeduction } from '@hallq/protocol';

export interface Periods {
  months: string[];
  quarters: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of `at` in `timeZone`. */
export function monthOf(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit' })
    .format(at)
    .slice(0, 7);
}

export function periodsAt(at: number, timeZone: string): Periods {
  const [y, m] = monthOf(at, timeZone).split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const k = y * 12 + (m - 1) - i;
    months.push(`${Math.floor(k / 12)}-${pad((k % 12) + 1)}`);
  }
  const quarters: string[] = [];
  const q0 = y * 4 + Math.floor((m - 1) / 3);
  for (let i = 0; i < 4; i++) {
    const k = q0 - i;
    quarters.push(`${Math.floor(k / 4)}-Q${(k % 4) + 1}`);
  }
  return { months, quarters };
}

export type ScoresRoute = { view: 'board' } | { view: 'scores'; alertId?: string };

export function routeOf(hash: string): ScoresRoute {
  const m = /^#scores(?:\/alert\/(.+))?$/.exec(hash);
  if (!m) return { view: 'board' };
  return m[1] ? { view: 'scores', alertId: decodeURIComponent(m[1]) } : { view: 'scores' };
}

export const alertHref = (alertId: string) => `#scores/alert/${encodeURIComponent(alertId)}`;

/** The dictionary key naming a deduction's rule (alert rules share the board's words). */
export function ruleKey(rule: string): string {
  return rule === 'bad-rating' ||
    rule === 'late-follow-up' ||
    rule === 'late-rectify' ||
    rule === 'satisfaction-bonus' ||
    rule === 'proxy-overdue'
    ? `scoreRule.${rule}`
    : `rule.${rule}`;
}

/** The dictionary key of a deduction's level: an alert's colour or a 差评's level. */
export function levelKey(d: ScoreDeduction): string | undefined {
  if (d.level === undefined) return undefined;
  return typeof d.level === 'number' ? `ratingLevel.${d.level}` : `level.${d.level}`;
}

export const signed = (points: number) => (points > 0 ? `+${points}` : String(points));
