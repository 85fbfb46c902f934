/**
 * The report pages as the app shows them (#reports, report-route.ts), with
 * the site's zone from the catalogue (and whether the signed-in manager's
 * site is the district hall, which may merge its township halls). Loaded apart from the board (with
 * ECharts) the first time the pages open.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import { useT } from '@hallq/ui';
import { KEYS } from './live-keys';
import { createReportApi } from './report-api';
import { ReportPage } from './report-page';

export default function ReportsScreen({
  api,
  token,
  siteId,
}: {
  api: HallqApi;
  token: string;
  /** The signed-in manager's site. */
  siteId?: string;
}) {
  const t = useT();
  const reportApi = useMemo(() => createReportApi(() => token), [token]);
  const catalog = useQuery({ queryKey: KEYS.catalog, queryFn: () => api.catalog() });
  const [now] = useState(() => Date.now());
  if (!catalog.data) {
    return (
      <div className="splash" role="status">
        <p>{catalog.isError ? t('unreachable') : t('loading')}</p>
      </div>
    );
  }
  return (
    <ReportPage
      api={reportApi}
      timeZone={catalog.data.hall.timeZone}
      now={now}
      district={catalog.data.sites.find((s) => s.id === siteId)?.level === 'district'}
      onBack={() => {
        window.location.hash = '';
      }}
    />
  );
}
