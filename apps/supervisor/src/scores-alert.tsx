/** The alert behind a deduction, as the alerts table keeps it (#scores/alert/<id>). */
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatTime, useI18n } from '@hallq/ui';
import type { ScoresApi } from './scores-api';

export function AlertDetail({
  api,
  alertId,
  openedAt,
  timeZone,
}: {
  api: ScoresApi;
  alertId: string;
  /** From the deduction that links to it; unknown until the scores are read. */
  openedAt: number | undefined;
  timeZone: string;
}) {
  const { t, lang } = useI18n();
  const alert = useQuery({
    queryKey: ['scores-alert', alertId, openedAt],
    queryFn: () => api.alert(alertId, openedAt!),
    enabled: openedAt !== undefined,
  });
  const when = (at: number) => `${formatDate(at, timeZone, lang)} ${formatTime(at, timeZone)}`;
  const a = alert.data;
  return (
    <section className="sc-alert" aria-label={t('scoresAlertTitle')}>
      <h2>
        {t('scoresAlertTitle')} · {alertId}
      </h2>
      {a ? (
        <p className={`sc-alert-${a.level}`}>
          <strong>
            {t(`rule.${a.rule}`)}（{t(`level.${a.level}`)}）
          </strong>{' '}
          {t('scoresAlertOpened', { time: when(a.openedAt) })}；
          {a.closedAt !== undefined
            ? t('scoresAlertClosed', { time: when(a.closedAt), reason: a.closeReason ?? '' })
            : t('scoresAlertOpen')}
          {a.acknowledgedBy
            ? `；${t('scoresAlertAck', { name: a.acknowledgedBy.name, note: a.note ?? '' })}`
            : ''}
        </p>
      ) : alert.isSuccess || (openedAt === undefined && !alert.isFetching) ? (
        <p className="sv-muted">{t('scoresAlertMissing')}</p>
      ) : null}
    </section>
  );
}
