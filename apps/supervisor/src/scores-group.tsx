/**
 * The alerts behind a grouped deduction (core P3: a subject's alerts of one
 * rule and level in the period are one line with their count), listed under
 * it on request, newest first, each a link to the alert
 * (#scores/alert/<id>). The server gives them 1,000 at a time: while the
 * group holds more than are listed, the list says how many it shows and
 * offers the next page.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
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
  const alerts = useInfiniteQuery({
    queryKey: ['scores-group', query],
    queryFn: ({ pageParam }) => api.alertsOf(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next,
  });
  const listed = alerts.data?.pages.flatMap((p) => p.alerts);
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
  if (!listed) return <p className="sv-muted">{t('loading')}</p>;
  return (
    <div className="sc-group">
      {listed.length < n ? (
        <p className="sv-muted">{t('scoresGroupCapped', { shown: listed.length, n })}</p>
      ) : null}
      <ol>
        {listed.map((a) => (
          <li key={a.id}>
            <a href={alertHref(a.id)}>{when(a.openedAt)}</a> {line(a)}
            {a.acknowledgedBy
              ? `；${t('scoresAlertAck', { name: a.acknowledgedBy.name, note: a.note ?? '' })}`
              : ''}
          </li>
        ))}
      </ol>
      {alerts.hasNextPage ? (
        <button
          type="button"
          className="sv-button"
          disabled={alerts.isFetchingNextPage}
          onClick={() => void alerts.fetchNextPage()}
        >
          {t('scoresGroupMore')}
        </button>
      ) : null}
    </div>
  );
}
