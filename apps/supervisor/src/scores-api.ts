/**
 * The 绩效考评 page's reads: GET /scores as JSON, the same as a file
 * (format=csv|xlsx, saved through a link), the alert behind a deduction
 * (GET /alerts of the millisecond it opened in), and the alerts behind a
 * grouped one (GET /alerts of its rule, level and subject in the period, a
 * page at a time).
 */
import { apiErrorFrom } from '@hallq/client';
import type { AlertView, AlertsReply, ScoresReply } from '@hallq/protocol';

export interface ScoresQuery {
  period: string;
  by: 'clerk' | 'unit';
}

/** The alerts behind a grouped deduction (core P3). */
export interface AlertGroupQuery {
  from: number;
  to: number;
  rule: AlertView['rule'];
  level: AlertView['level'];
  by: 'clerk' | 'unit';
  key: string;
}

export interface ScoresApi {
  scores(q: ScoresQuery): Promise<ScoresReply>;
  exportFile(q: ScoresQuery, format: 'csv' | 'xlsx'): Promise<void>;
  alert(alertId: string, openedAt: number): Promise<AlertView | undefined>;
  /** Newest first, a page of the server's 1,000 at a time: `after` is the page before's `next`. */
  alertsOf(q: AlertGroupQuery, after?: string): Promise<AlertsReply>;
}

export function createScoresApi(token: () => string | undefined, doFetch = fetch): ScoresApi {
  const get = async (path: string) => {
    const t = token();
    const res = await doFetch(`/api/v1${path}`, {
      headers: t ? { authorization: `Bearer ${t}` } : {},
    });
    if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined));
    return res;
  };
  const query = (q: ScoresQuery, format?: string) =>
    new URLSearchParams({ period: q.period, by: q.by, ...(format ? { format } : {}) }).toString();
  return {
    scores: async (q) => (await (await get(`/scores?${query(q)}`)).json()) as ScoresReply,
    async exportFile(q, format) {
      const blob = await (await get(`/scores?${query(q, format)}`)).blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `绩效考评-${q.period}-${q.by}.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async alert(alertId, openedAt) {
      const params = new URLSearchParams({
        status: 'all',
        from: String(openedAt),
        to: String(openedAt + 1),
      });
      const reply = (await (await get(`/alerts?${params}`)).json()) as { alerts: AlertView[] };
      return reply.alerts.find((a) => a.id === alertId);
    },
    async alertsOf(q, after) {
      const params = new URLSearchParams({
        status: 'all',
        from: String(q.from),
        to: String(q.to),
        rule: q.rule,
        level: q.level,
        [q.by === 'clerk' ? 'staffId' : 'unitId']: q.key,
        ...(after !== undefined ? { after } : {}),
      });
      return (await (await get(`/alerts?${params}`)).json()) as AlertsReply;
    },
  };
}
