/**
 * 绩效考评 (#scores): a month's or a quarter's scores per clerk or per
 * unit, coloured by grade, each row opening its deductions (scores-row.tsx);
 * an alert behind a deduction is a link (#scores/alert/<id>) that shows the
 * alert. Export
 * gives the same rows as an Excel or CSV file (the server writes it).
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LangToggle, useI18n } from '@hallq/ui';
import type { ScoresApi } from './scores-api';
import { AlertDetail } from './scores-alert';
import { ScoreRowLines } from './scores-row';
import { periodsAt } from './scores-view';
import './scores.css';

export function ScoresPage({
  api,
  timeZone,
  now,
  alertId,
  onBack,
}: {
  api: ScoresApi;
  timeZone: string;
  now: number;
  /** The alert the address names (#scores/alert/<id>). */
  alertId?: string;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const periods = useMemo(() => periodsAt(now, timeZone), [now, timeZone]);
  const [kind, setKind] = useState<'month' | 'quarter'>('month');
  const [period, setPeriod] = useState(periods.months[0]!);
  const [by, setBy] = useState<'clerk' | 'unit'>('clerk');
  const [open, setOpen] = useState<string>();
  const [exportError, setExportError] = useState<string>();
  const [order, setOrder] = useState<'asc' | 'desc'>();
  const q = { period, by };
  const scores = useQuery({
    queryKey: ['scores', period, by],
    queryFn: () => api.scores(q),
  });
  const chooseKind = (k: 'month' | 'quarter') => {
    setKind(k);
    setPeriod(k === 'month' ? periods.months[0]! : periods.quarters[0]!);
  };
  const exportAs = (format: 'csv' | 'xlsx') => {
    setExportError(undefined);
    api.exportFile(q, format).catch((err: Error) => setExportError(err.message));
  };
  const linked = alertId
    ? scores.data?.rows.flatMap((r) => r.deductions).find((d) => d.alertId === alertId)
    : undefined;
  const data = scores.data;
  const rows = useMemo(() => {
    const list = [...(data?.rows ?? [])];
    if (order) list.sort((a, b) => (order === 'asc' ? a.score - b.score : b.score - a.score));
    return list;
  }, [data, order]);

  return (
    <div className="sc">
      <header className="sv-head">
        <h1>{t('scoresTitle')}</h1>
        <div className="sv-user">
          <LangToggle className="sv-button" />
          <button type="button" className="sv-button" onClick={onBack}>
            {t('scoresBack')}
          </button>
        </div>
      </header>
      <div className="sc-controls" role="toolbar">
        <div className="sc-toggle">
          {(['month', 'quarter'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className="sv-button"
              aria-pressed={kind === k}
              onClick={() => chooseKind(k)}
            >
              {t(k === 'month' ? 'scoresMonth' : 'scoresQuarter')}
            </button>
          ))}
        </div>
        <label className="sc-period">
          {t('scoresPeriod')}
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {(kind === 'month' ? periods.months : periods.quarters).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <div className="sc-toggle">
          {(['clerk', 'unit'] as const).map((b) => (
            <button
              key={b}
              type="button"
              className="sv-button"
              aria-pressed={by === b}
              onClick={() => setBy(b)}
            >
              {t(b === 'clerk' ? 'scoresByClerk' : 'scoresByUnit')}
            </button>
          ))}
        </div>
        <button type="button" className="sv-button" onClick={() => exportAs('xlsx')}>
          {t('scoresExportXlsx')}
        </button>
        <button type="button" className="sv-button" onClick={() => exportAs('csv')}>
          {t('scoresExportCsv')}
        </button>
        {data ? (
          <span className="sv-muted">
            {t('scoresCutoffs', { base: data.baseScore, ...data.grades })}
          </span>
        ) : null}
      </div>
      {exportError || scores.isError ? (
        <p className="sc-error" role="alert">
          {t('scoresError', { message: exportError ?? (scores.error as Error).message })}
        </p>
      ) : null}
      {alertId ? (
        <AlertDetail api={api} alertId={alertId} openedAt={linked?.at} timeZone={timeZone} />
      ) : null}
      <main className="sc-body">
        {data ? (
          <table className="sc-table">
            <thead>
              <tr>
                <th>{t(by === 'clerk' ? 'scoresClerk' : 'scoresUnit')}</th>
                <th
                  aria-sort={
                    order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sc-sort"
                    onClick={() =>
                      setOrder(order === 'asc' ? 'desc' : order === 'desc' ? undefined : 'asc')
                    }
                  >
                    {t('scoresScore')}
                    {order === 'asc' ? ' ↑' : order === 'desc' ? ' ↓' : ''}
                  </button>
                </th>
                <th>{t('scoresGrade')}</th>
                <th>{t('scoresItems')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={5} className="sv-muted">
                    {t('scoresEmpty')}
                  </td>
                </tr>
              ) : null}
              {rows.map((row) => (
                <ScoreRowLines
                  key={row.key}
                  api={api}
                  scope={{ by: data.by, from: data.from, to: data.to }}
                  row={row}
                  open={open === row.key}
                  onToggle={() => setOpen(open === row.key ? undefined : row.key)}
                  timeZone={timeZone}
                />
              ))}
            </tbody>
          </table>
        ) : null}
      </main>
    </div>
  );
}
