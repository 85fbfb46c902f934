/**
 * The open alerts, newest first: level colour, the rule's name, what it is
 * about, what was measured, when it opened; acknowledged ones say by whom.
 * Off the wall, each unacknowledged alert can be acknowledged with a note.
 */
import type { HallqApi } from '@hallq/client';
import type { AlertView } from '@hallq/protocol';
import type { ReactNode } from 'react';
import { formatTime, useI18n } from '@hallq/ui';
import { AckForm } from './ack-form';
import { measureOf, openNewestFirst, ruleKey, subjectOf, type Names } from './alert-text';

export function AlertStream({
  api,
  alerts,
  names,
  timeZone,
  controls,
}: {
  api: HallqApi;
  alerts: readonly AlertView[];
  names: Names;
  timeZone: string;
  controls: boolean;
}) {
  const { t } = useI18n();
  const list = openNewestFirst(alerts);
  return (
    <section className="sv-alerts" aria-label={t('alerts')}>
      <h2>
        {t('alerts')} <span className="sv-count">{list.length}</span>
      </h2>
      {list.length === 0 ? <p className="sv-muted">{t('noAlerts')}</p> : null}
      <ol>
        {list.map((a) => (
          <li key={a.id}>
            <AlertCard alert={a} names={names} timeZone={timeZone}>
              {controls && !a.acknowledgedAt ? <AckForm api={api} alertId={a.id} /> : null}
            </AlertCard>
          </li>
        ))}
      </ol>
    </section>
  );
}

function AlertCard({
  alert,
  names,
  timeZone,
  children,
}: {
  alert: AlertView;
  names: Names;
  timeZone: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const measure = measureOf(alert);
  const subject = subjectOf(alert, names)
    .map((p) => t(p.key, p.vars))
    .join(' · ');
  return (
    <article
      className="sv-alert"
      data-level={alert.level}
      data-acknowledged={alert.acknowledgedAt !== undefined}
      aria-label={`${t(`level.${alert.level}`)} ${t(ruleKey(alert.rule))}`}
    >
      <header>
        <span className="sv-mark">{t(`level.${alert.level}`)}</span>
        <b>{t(ruleKey(alert.rule))}</b>
        <time>{t('openedAt', { time: formatTime(alert.openedAt, timeZone) })}</time>
      </header>
      <p className="sv-alert-subject">{subject}</p>
      {measure ? <p className="sv-alert-measure">{t(measure.key, measure.vars)}</p> : null}
      {alert.escalatedAt ? <p className="sv-alert-escalated">{t('escalated')}</p> : null}
      {alert.acknowledgedAt ? (
        <p className="sv-alert-ack">
          {t('acknowledged', {
            name: alert.acknowledgedBy?.name ?? '',
            time: formatTime(alert.acknowledgedAt, timeZone),
          })}
          {alert.note ? <span className="sv-alert-note">「{alert.note}」</span> : null}
        </p>
      ) : null}
      {children}
    </article>
  );
}
