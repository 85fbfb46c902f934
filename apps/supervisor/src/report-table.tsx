/**
 * The table beneath a report chart: each row's figures (times in minutes;
 * for units, windows and clerks 参评率, 满意率 and 差评率 too) and the
 * totals, as the exported file has them; and the export buttons, which save
 * the server's CSV or XLSX of the same query.
 */
import { useState } from 'react';
import type { ReportRow } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import type { DictKey } from './dict';
import type { ReportApi, ReportQuery } from './report-api';
import { minutes, percent } from './report-view';

const COLUMNS: [DictKey, (r: ReportRow) => string | number][] = [
  ['colIssued', (r) => r.issued],
  ['colServed', (r) => r.served],
  ['colNoShow', (r) => r.noShow],
  ['colTransferred', (r) => r.transferredOut],
  ['colAvgWait', (r) => minutes(r.avgWaitMs)],
  ['colP90Wait', (r) => minutes(r.p90WaitMs)],
  ['colMaxWait', (r) => minutes(r.maxWaitMs)],
  ['colAvgService', (r) => minutes(r.avgServiceMs)],
  ['colOutOfOrder', (r) => r.outOfOrderCalls],
  ['colAlerts', (r) => `${r.alertsYellow}/${r.alertsRed}`],
];

/** 好差评 of the tickets finished, for the units', windows' and clerks' tables. */
const RATING_COLUMNS: [DictKey, (r: ReportRow) => string | number][] = [
  ['colRatedShare', (r) => percent(r.ratedShare)],
  ['colSatisfiedShare', (r) => percent(r.satisfiedShare)],
  ['colBadShare', (r) => percent(r.badShare)],
];

export function ReportTable({
  rows,
  totals,
  nameKey,
  testId,
  ratings = false,
}: {
  rows: readonly ReportRow[];
  totals?: ReportRow;
  nameKey: DictKey;
  testId?: string;
  /** With 参评率, 满意率 and 差评率. */
  ratings?: boolean;
}) {
  const t = useT();
  const columns = ratings ? [...COLUMNS, ...RATING_COLUMNS] : COLUMNS;
  return (
    <div className="rp-table-box">
      <table className="rp-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t(nameKey)}</th>
            {columns.map(([k]) => (
              <th key={k} scope="col">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {columns.map(([k, value]) => (
                <td key={k}>{value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr>
              <th scope="row">{t('reportsTotal')}</th>
              {columns.map(([k, value]) => (
                <td key={k}>{value(totals)}</td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

export function ExportButtons({ api, query }: { api: ReportApi; query: ReportQuery }) {
  const t = useT();
  const [error, setError] = useState<string>();
  const save = (format: 'csv' | 'xlsx') => {
    setError(undefined);
    api.exportFile(query, format).catch((err: Error) => setError(err.message));
  };
  return (
    <span className="rp-export">
      <button type="button" className="sv-button" onClick={() => save('xlsx')}>
        {t('reportsExportXlsx')}
      </button>
      <button type="button" className="sv-button" onClick={() => save('csv')}>
        {t('reportsExportCsv')}
      </button>
      {error ? (
        <span className="rp-error" role="alert">
          {t('reportsError', { message: error })}
        </span>
      ) : null}
    </span>
  );
}
