/**
 * The clerks' month: each clerk's served and mean service over a month
 * chosen apart, and one clerk's days of it, each with its table and export.
 */
import { useMemo, useState } from 'react';
import { useT } from '@hallq/ui';
import type { ReportApi, ReportQuery } from './report-api';
import { Chart, type ChartOption } from './report-chart';
import { GroupSection, Section, useReport } from './report-sections';
import { ReportTable } from './report-table';
import { minutes } from './report-view';

/** The clerks' month, and one clerk's days of it (chosen from the month's clerks). */
export function ClerksMonthSection({
  api,
  from,
  to,
}: {
  api: ReportApi;
  from: string;
  to: string;
}) {
  const t = useT();
  const clerks = useReport(api, { from, to, by: 'clerk' });
  const [staffId, setStaffId] = useState<string>();
  const chosen = clerks.data?.rows.find((r) => r.key === staffId);
  return (
    <>
      <GroupSection
        api={api}
        query={{ from, to, by: 'clerk' }}
        title="reportsClerks"
        testId="report-clerks"
      />
      <label className="rp-controls">
        {t('reportsClerk')}
        <select value={staffId ?? ''} onChange={(e) => setStaffId(e.target.value || undefined)}>
          <option value="">—</option>
          {(clerks.data?.rows ?? []).map((r) => (
            <option key={r.key} value={r.key}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      {chosen ? (
        <ClerkDays
          api={api}
          query={{ from, to, by: 'day', staffId: chosen.key }}
          name={chosen.label}
        />
      ) : null}
    </>
  );
}

function ClerkDays({ api, query, name }: { api: ReportApi; query: ReportQuery; name: string }) {
  const t = useT();
  const report = useReport(api, query);
  const option = useMemo<ChartOption>(() => {
    const rows = report.data?.rows ?? [];
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 50, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => r.key.slice(5)) },
      yAxis: [
        { type: 'value', name: t('colServed') },
        { type: 'value', name: t('colAvgService') },
      ],
      series: [
        { type: 'bar', name: t('colServed'), data: rows.map((r) => r.served) },
        {
          type: 'line',
          name: t('colAvgService'),
          yAxisIndex: 1,
          data: rows.map((r) => minutes(r.avgServiceMs)),
        },
      ],
    };
  }, [report.data, t]);
  const title = t('reportsClerkDays', { name });
  return (
    <Section title={title} api={api} query={query} report={report} testId="report-clerk-days">
      {(data) => (
        <>
          <Chart option={option} label={title} />
          <ReportTable rows={data.rows} totals={data.totals} nameKey="colDay" />
        </>
      )}
    </Section>
  );
}
