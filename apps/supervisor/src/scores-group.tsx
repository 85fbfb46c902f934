/**
 * The alerts behind a grouped deduction (core P3: a subject's alerts of one
 * rule and level in the period are one line with their count), listed under
 * it on request, newest first, each a link to the alert
 * (#scores/alert/<id>). The server gives at most 1,000; the list says so
 * when the group holds more.
 */
import { useQuery } from '@tanstack/react-query';
import type { AlertView } from '@hallq/protocol';
import { formatDate, formatTime, useI18n } from '@hallq/ui';
import type { AlertGroupQuery, ScoresApi } from './scores-api';
import { alertHref } from './scores-view';

export function GroupAlerts({
  api,
  query,
  n,
  timeZone,
}: {
  api: ScoresApi;
  query: AlertGroupQuery;
  /** How many the group holds. */
  n: number;
  timeZone: string;
}) {
  const { t, lang } = useI18n();
  const alerts = useQuery({
    queryKey: ['scores-group', query],
    queryFn: () => api.alertsOf(query),
  });
  const when = (at: number) => `${formatDate(at, timeZone, lang)} ${formatTime(at, timeZone)}`;
  const line = (a: AlertView) =>
    a.closedAt !== undefined
      ? t('scoresAlertClosed', { time: when(a.closedAt), reason: a.closeReason ?? '' })
      : t('scoresAlertOpen');
  if (alerts.isError)
    return (
      <p className="sc-error" role="alert">
        {t('scoresError', { message: (alerts.error as Error).message })}
      </p>
    );
  if (!alerts.data) return <p className="sv-muted">{t('loading')}</p>;
  return (
    <div className="sc-group">
      {alerts.data.length < n ? (
        <p className="sv-muted">{t('scoresGroupCapped', { shown: alerts.data.length, n })}</p>
      ) : null}
      <ol>
        {alerts.data.map((a) => (
          <li key={a.id}>
            <a href={alertHref(a.id)}>{when(a.openedAt)}</a> {line(a)}
            {a.acknowledgedBy
              ? `；${t('scoresAlertAck', { name: a.acknowledgedBy.name, note: a.note ?? '' })}`
              : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
