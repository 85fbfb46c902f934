/**
 * A score's row and, opened, its deductions: the time, the rule and level,
 * the points, and what is behind them: a link to the alert, the case or
 * the rating; for alike alerts grouped (core P3), their count, the span in
 * which they opened, and a button listing them (scores-group.tsx).
 */
import { useState } from 'react';
import type { ScoreDeduction, ScoreRowView } from '@hallq/protocol';
import { formatDate, formatTime, useI18n } from '@hallq/ui';
import type { AlertGroupQuery, ScoresApi } from './scores-api';
import { GroupAlerts } from './scores-group';
import { alertHref, levelKey, ruleKey, signed } from './scores-view';

/** The reply a row belongs to: whose it is and its period. */
export interface ScoreScope {
  by: 'clerk' | 'unit';
  from: number;
  to: number;
}

/** How many deductions a row's lines stand for (a group counts its alerts). */
export const deductionCount = (ds: readonly ScoreDeduction[]) =>
  ds.filter((d) => d.points < 0).reduce((n, d) => n + (d.n ?? 1), 0);

export function ScoreRowLines({
  api,
  scope,
  row,
  open,
  onToggle,
  timeZone,
}: {
  api: ScoresApi;
  scope: ScoreScope;
  row: ScoreRowView;
  open: boolean;
  onToggle: () => void;
  timeZone: string;
}) {
  const { t } = useI18n();
  const off = deductionCount(row.deductions);
  return (
    <>
      <tr className={`sc-row sc-${row.grade}`} data-key={row.key}>
        <td>{row.label}</td>
        <td className="sc-score">{row.score}</td>
        <td>
          <span className="sc-grade">{t(`grade.${row.grade}`)}</span>
        </td>
        <td>{off === 0 ? <span className="sv-muted">{t('scoresNone')}</span> : off}</td>
        <td>
          {row.deductions.length > 0 ? (
            <button type="button" className="sv-button" aria-expanded={open} onClick={onToggle}>
              {t(open ? 'scoresHide' : 'scoresDetails')}
            </button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="sc-details">
          <td colSpan={5}>
            <ul>
              {row.deductions.map((d, i) => (
                <DeductionLine
                  key={i}
                  d={d}
                  timeZone={timeZone}
                  group={groupQuery(d, scope, row.key)}
                  api={api}
                />
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function groupQuery(
  d: ScoreDeduction,
  scope: ScoreScope,
  key: string,
): AlertGroupQuery | undefined {
  if (d.n === undefined || typeof d.level !== 'string') return undefined;
  return { ...scope, key, rule: d.rule as AlertGroupQuery['rule'], level: d.level };
}

function DeductionLine({
  d,
  timeZone,
  group,
  api,
}: {
  d: ScoreDeduction;
  timeZone: string;
  group: AlertGroupQuery | undefined;
  api: ScoresApi;
}) {
  const { t, lang } = useI18n();
  const [listed, setListed] = useState(false);
  const level = levelKey(d);
  const when = (at: number) => `${formatDate(at, timeZone, lang)} ${formatTime(at, timeZone)}`;
  return (
    <li className={d.points > 0 ? 'sc-bonus' : undefined}>
      <span className="sc-when">
        {d.n !== undefined && d.lastAt !== undefined
          ? t('scoresSpan', {
              from: when(d.at),
              // Within one day, the day once.
              to:
                formatDate(d.lastAt, timeZone, lang) === formatDate(d.at, timeZone, lang)
                  ? formatTime(d.lastAt, timeZone)
                  : when(d.lastAt),
            })
          : when(d.at)}
      </span>
      <span>
        {t(ruleKey(d.rule))}
        {level ? `（${t(level)}）` : ''}
        {d.n !== undefined ? ` ×${d.n}` : ''}
      </span>
      <strong className="sc-points">{signed(d.points)}</strong>
      {d.alertId ? (
        <a href={alertHref(d.alertId)}>{t('scoresAlertLink', { id: d.alertId })}</a>
      ) : d.caseId ? (
        <span className="sv-muted">{t('scoresCaseRef', { id: d.caseId })}</span>
      ) : d.ratingId ? (
        <span className="sv-muted">{t('scoresRatingRef', { id: d.ratingId })}</span>
      ) : group ? (
        <button
          type="button"
          className="sv-button"
          aria-expanded={listed}
          onClick={() => setListed(!listed)}
        >
          {t(listed ? 'scoresGroupHide' : 'scoresGroupList', { n: d.n ?? 0 })}
        </button>
      ) : null}
      {group && listed ? (
        <GroupAlerts api={api} query={group} n={d.n ?? 0} timeZone={timeZone} />
      ) : null}
    </li>
  );
}
