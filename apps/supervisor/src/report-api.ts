/**
 * The report pages' reads: GET /reports as JSON, and the same rows as a file
 * (format=csv|xlsx) saved through a link, as the 绩效考评 page saves its own.
 */
import { apiErrorFrom } from '@hallq/client';
import type { ReportBy, ReportReply } from '@hallq/protocol';

export interface ReportQuery {
  from: string;
  to: string;
  by: ReportBy;
  /** With by=day: one clerk's days. */
  staffId?: string;
  /** 含乡镇: the district's figures with every township hall's merged. */
  includeChildren?: boolean;
}

export interface ReportApi {
  report(q: ReportQuery): Promise<ReportReply>;
  exportFile(q: ReportQuery, format: 'csv' | 'xlsx'): Promise<void>;
}

export const reportPath = (q: ReportQuery, format?: 'csv' | 'xlsx'): string =>
  `/api/v1/reports?${new URLSearchParams({
    from: q.from,
    to: q.to,
    by: q.by,
    ...(q.staffId ? { staffId: q.staffId } : {}),
    ...(q.includeChildren ? { includeChildren: 'true' } : {}),
    ...(format ? { format } : {}),
  }).toString()}`;

export function createReportApi(token: () => string | undefined, doFetch = fetch): ReportApi {
  const get = async (path: string) => {
    const t = token();
    const res = await doFetch(path, { headers: t ? { authorization: `Bearer ${t}` } : {} });
    if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined));
    return res;
  };
  return {
    report: async (q) => (await (await get(reportPath(q))).json()) as ReportReply,
    async exportFile(q, format) {
      const blob = await (await get(reportPath(q, format))).blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `统计报表-${q.by}-${q.from}-${q.to}.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
