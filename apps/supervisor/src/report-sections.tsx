/**
 * The report pages' charts, each with its table beneath and its export:
 * arrivals by weekday × hour (a heat map), the daily trend of waits, units
 * and windows side by side, and (含乡镇) each site's row (the clerks' month:
 * report-clerks.tsx).
 */
import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ReportReply } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import type { DictKey } from './dict';
import type { ReportApi, ReportQuery } from './report-api';
import { Chart, type ChartOption } from './report-chart';
import { ExportButtons, ReportTable } from './report-table';
import { heatGrid, minutes } from './report-view';

export function useReport(api: ReportApi, q: ReportQuery) {
  return useQuery({
    queryKey: ['report', q.by, q.from, q.to, q.staffId ?? '', q.includeChildren === true],
    queryFn: () => api.report(q),
  });
}

export function Section({
  title,
  api,
  query,
  report,
  testId,
  children,
}: {
  title: string;
  api: ReportApi;
  query: ReportQuery;
  report: ReturnType<typeof useReport>;
  testId: string;
  children: (data: ReportReply) => ReactNode;
}) {
  const t = useT();
  return (
    <section className="rp-section" data-testid={testId} aria-label={title}>
      <header className="rp-section-head">
        <h2>{title}</h2>
        <ExportButtons api={api} query={query} />
      </header>
      {report.isError ? (
        <p className="rp-error" role="alert">
          {t('reportsError', { message: (report.error as Error).message })}
        </p>
      ) : !report.data ? (
        <p className="sv-muted">{t('loading')}</p>
      ) : report.data.rows.length === 0 ? (
        <p className="sv-muted">{t('reportsEmpty')}</p>
      ) : (
        children(report.data)
      )}
    </section>
  );
}

/** A section's range, and whether the township halls' figures are merged in. */
interface RangeProps {
  api: ReportApi;
  from: string;
  to: string;
  includeChildren?: boolean;
}

const withChildren = (on: boolean | undefined) => (on ? { includeChildren: true } : {});

export function HeatSection({ api, from, to, includeChildren }: RangeProps) {
  const t = useT();
  const query: ReportQuery = { from, to, by: 'weekdayHour', ...withChildren(includeChildren) };
  const report = useReport(api, query);
  const grid = useMemo(() => heatGrid(report.data?.rows ?? []), [report.data]);
  const hourName = (h: number) => t('reportsHourN', { h: String(h).padStart(2, '0') });
  const dayName = (wd: number) => t(`wd${wd}` as DictKey);
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { position: 'top' },
      grid: { left: 60, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: grid.hours.map(hourName), splitArea: { show: true } },
      yAxis: { type: 'category', data: grid.weekdays.map(dayName), splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: grid.max || 1,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#f2f7ff', '#5b8ff9', '#d4380d'] },
      },
      series: [{ type: 'heatmap', data: grid.cells, label: { show: true, fontSize: 10 } }],
    }),
    // The words follow the language; the grid follows the data.
    [grid, t],
  );
  const count = (wd: number, h: number) =>
    grid.cells.find(([hi, wi]) => grid.hours[hi] === h && grid.weekdays[wi] === wd)?.[2] ?? 0;
  return (
    <Section title={t('reportsHeat')} api={api} query={query} report={report} testId="report-heat">
      {() => (
        <>
          <p className="sv-muted">{t('reportsHeatNote')}</p>
          <Chart option={option} label={t('reportsHeat')} testId="heat-chart" />
          <div className="rp-table-box">
            <table className="rp-table" data-testid="heat-table">
              <thead>
                <tr>
                  <th scope="col">{t('reportsWeekday')}</th>
                  {grid.hours.map((h) => (
                    <th key={h} scope="col">
                      {hourName(h)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.weekdays.map((wd) => (
                  <tr key={wd}>
                    <th scope="row">{dayName(wd)}</th>
                    {grid.hours.map((h) => (
                      <td key={h}>{count(wd, h)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}

export function TrendSection({ api, from, to, includeChildren }: RangeProps) {
  const t = useT();
  const query: ReportQuery = { from, to, by: 'day', ...withChildren(includeChildren) };
  const report = useReport(api, query);
  const option = useMemo<ChartOption>(() => {
    const rows = report.data?.rows ?? [];
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => r.key.slice(5)) },
      yAxis: { type: 'value', name: t('colAvgWait') },
      series: [
        { type: 'line', name: t('colAvgWait'), data: rows.map((r) => minutes(r.avgWaitMs)) },
        { type: 'line', name: t('colP90Wait'), data: rows.map((r) => minutes(r.p90WaitMs)) },
      ],
    };
  }, [report.data, t]);
  return (
    <Section
      title={t('reportsTrend')}
      api={api}
      query={query}
      report={report}
      testId="report-trend"
    >
      {(data) => (
        <>
          <Chart option={option} label={t('reportsTrend')} />
          <ReportTable rows={data.rows} totals={data.totals} nameKey="colDay" />
        </>
      )}
    </Section>
  );
}

/** Served and the mean wait per group: the units', the windows', the clerks'. */
export function GroupSection({
  api,
  query,
  title,
  testId,
}: {
  api: ReportApi;
  query: ReportQuery;
  title: DictKey;
  testId: string;
}) {
  const t = useT();
  const report = useReport(api, query);
  const option = useMemo<ChartOption>(() => {
    const rows = (report.data?.rows ?? []).slice(0, 20);
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 50, top: 30, bottom: 80 },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { rotate: 45 } },
      yAxis: [
        { type: 'value', name: t('colServed') },
        { type: 'value', name: t('colAvgWait') },
      ],
      series: [
        { type: 'bar', name: t('colServed'), data: rows.map((r) => r.served) },
        {
          type: 'line',
          name: query.by === 'clerk' ? t('colAvgService') : t('colAvgWait'),
          yAxisIndex: 1,
          data: rows.map((r) => minutes(query.by === 'clerk' ? r.avgServiceMs : r.avgWaitMs)),
        },
      ],
    };
  }, [report.data, t, query.by]);
  return (
    <Section title={t(title)} api={api} query={query} report={report} testId={testId}>
      {(data) => (
        <>
          <Chart option={option} label={t(title)} />
          <ReportTable rows={data.rows} totals={data.totals} nameKey="colName" ratings />
        </>
      )}
    </Section>
  );
}

export function UnitsWindowsSection({ api, from, to, includeChildren }: RangeProps) {
  const more = withChildren(includeChildren);
  return (
    <div className="rp-side">
      <GroupSection
        api={api}
        query={{ from, to, by: 'unit', ...more }}
        title="reportsUnits"
        testId="report-units"
      />
      <GroupSection
        api={api}
        query={{ from, to, by: 'window', ...more }}
        title="reportsWindows"
        testId="report-windows"
      />
    </div>
  );
}

/** 含乡镇: one row per site, the district's and each township hall's own figures. */
export function SitesSection({ api, from, to }: Omit<RangeProps, 'includeChildren'>) {
  const t = useT();
  const query: ReportQuery = { from, to, by: 'site', includeChildren: true };
  const report = useReport(api, query);
  return (
    <Section
      title={t('reportsSites')}
      api={api}
      query={query}
      report={report}
      testId="report-sites"
    >
      {(data) => (
        <ReportTable rows={data.rows} totals={data.totals} nameKey="colSite" testId="sites-table" />
      )}
    </Section>
  );
}
