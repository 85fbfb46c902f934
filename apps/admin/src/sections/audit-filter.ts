/**
 * The audit log's filter form → GET /audit's query: dates are the site's
 * calendar days (from: 00:00 of the day, to: 00:00 of the day after, so the
 * "to" day is included), a target is a kind or kind:id.
 */
import type { AuditFilter } from '../admin-api';

export interface AuditFilterForm {
  /** yyyy-mm-dd, '' for open. */
  from: string;
  to: string;
  actor: string;
  target: string;
}

const DAY_MS = 86_400_000;
/** The hall's zone is China Standard Time (no daylight saving): UTC+8. */
const ZONE_OFFSET_MS = 8 * 3_600_000;

const dayStart = (day: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - ZONE_OFFSET_MS;
};

export function auditQuery(form: AuditFilterForm): AuditFilter {
  const from = dayStart(form.from);
  const to = dayStart(form.to);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to: to + DAY_MS } : {}),
    ...(form.actor ? { actor: form.actor } : {}),
    ...(form.target.trim() ? { target: form.target.trim() } : {}),
  };
}
