/**
 * 统计报表 (#reports): the hall's figures over a range of days (the last 90
 * by default, ending yesterday): arrivals by weekday × hour, the daily trend
 * of waits, units and windows side by side, and the clerks' month (a month
 * chosen apart). Each chart has its table beneath it and exports the same
 * rows as Excel or CSV (the server writes them). The district's staff tick
 * 含乡镇 to merge every township hall's figures in and see a row per site.
 */
import { useMemo, useState } from 'react';
import { LangToggle, useT } from '@hallq/ui';
import type { ReportApi } from './report-api';
import { ClerksMonthSection } from './report-clerks';
import { HeatSection, SitesSection, TrendSection, UnitsWindowsSection } from './report-sections';
import { lastDays, monthRange, recentMonths } from './report-view';
import './report.css';

export function ReportPage({
  api,
  timeZone,
  now,
  onBack,
  district = false,
}: {
  api: ReportApi;
  timeZone: string;
  now: number;
  onBack: () => void;
  /** The district hall's staff: may merge the township halls (含乡镇). */
  district?: boolean;
}) {
  const t = useT();
  const [range, setRange] = useState(() => lastDays(now, timeZone, 90));
  const [withTownships, setWithTownships] = useState(false);
  const network = district && withTownships;
  // Up to yesterday's month: today's figures are still moving.
  const months = useMemo(() => recentMonths(lastDays(now, timeZone, 1).to), [now, timeZone]);
  const [month, setMonth] = useState(months[0]!);
  const monthDays = monthRange(month);
  const day = (key: 'from' | 'to') => (
    <input
      type="date"
      value={range[key]}
      aria-label={t(key === 'from' ? 'reportsFrom' : 'reportsTo')}
      onChange={(e) => {
        const v = e.target.value;
        if (v) setRange((r) => ({ ...r, [key]: v }));
      }}
    />
  );
  return (
    <div className="rp">
      <header className="sv-head">
        <h1>{t('reportsTitle')}</h1>
        <div className="sv-user">
          <LangToggle className="sv-button" />
          <button type="button" className="sv-button" onClick={onBack}>
            {t('reportsBack')}
          </button>
        </div>
      </header>
      <div className="rp-controls" role="toolbar">
        <label>
          {t('reportsFrom')} {day('from')}
        </label>
        <label>
          {t('reportsTo')} {day('to')}
        </label>
        {([30, 90] as const).map((n) => (
          <button
            key={n}
            type="button"
            className="sv-button"
            onClick={() => setRange(lastDays(now, timeZone, n))}
          >
            {t(n === 30 ? 'reportsLast30' : 'reportsLast90')}
          </button>
        ))}
        {district && (
          <label>
            <input
              type="checkbox"
              checked={withTownships}
              onChange={(e) => setWithTownships(e.target.checked)}
            />{' '}
            {t('reportsWithTownships')}
          </label>
        )}
      </div>
      <main className="rp-body">
        {network && <SitesSection api={api} from={range.from} to={range.to} />}
        <HeatSection api={api} from={range.from} to={range.to} includeChildren={network} />
        <TrendSection api={api} from={range.from} to={range.to} includeChildren={network} />
        <UnitsWindowsSection api={api} from={range.from} to={range.to} includeChildren={network} />
        <div className="rp-controls">
          <label>
            {t('reportsMonth')}
            <select value={month} onChange={(e) => setMonth(e.target.value)}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ClerksMonthSection api={api} from={monthDays.from} to={monthDays.to} />
      </main>
    </div>
  );
}
