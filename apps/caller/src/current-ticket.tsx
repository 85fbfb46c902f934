/** The ticket at this window: number, item, waits, state (已呼叫 / 办理中). */
import type { CatalogReply, TicketView } from '@hallq/protocol';
import { formatDuration, formatTime, useI18n } from '@hallq/ui';

export function CurrentTicket({
  ticket,
  catalog,
  now,
}: {
  ticket: TicketView | undefined;
  catalog: CatalogReply;
  now: number;
}) {
  const { t, lang } = useI18n();
  if (!ticket) {
    return (
      <section className="current empty" aria-label={t('currentTicket')}>
        <h2>{t('currentTicket')}</h2>
        <p className="current-none">{t('noCurrent')}</p>
        <p className="hint">{t('pressF1')}</p>
      </section>
    );
  }
  const item = catalog.items.find((i) => i.id === ticket.itemId);
  const from = ticket.transferredFrom;
  const fromWindow = from && catalog.windows.find((w) => w.id === from.windowId);
  const unit = catalog.units.find((u) => u.id === ticket.unitId);
  const tz = catalog.hall.timeZone;
  const serving = ticket.status === 'serving';
  const waited = (ticket.calledAt ?? now) - ticket.issuedAt;
  return (
    <section className="current" aria-label={t('currentTicket')} data-status={ticket.status}>
      <h2>{t('currentTicket')}</h2>
      <div className="current-row">
        <span className="current-number" data-testid="current-number">
          {ticket.number}
        </span>
        <span
          className={`state-pill ${serving ? 'serving' : 'called'}`}
          data-testid="current-state"
        >
          {serving ? t('stateServing') : t('stateCalled')}
        </span>
        {ticket.priority === 'priority' ? (
          <span className="tag priority">{t('priority')}</span>
        ) : null}
        {ticket.transferCount > 0 ? (
          <span className="tag transferred">{t('transferred')}</span>
        ) : null}
        {ticket.recallCount > 0 ? (
          <span className="tag">{t('recalledTimes', { n: ticket.recallCount })}</span>
        ) : null}
      </div>
      {from ? (
        <p className="transferred-from" data-testid="transferred-from">
          {t('transferredFrom', { window: fromWindow?.name ?? from.windowId })}
          {from.note ? `：${from.note}` : ''}
        </p>
      ) : null}
      <dl className="current-facts">
        <dt>{t('item')}</dt>
        <dd>{item ? `${item.code} ${item.name}` : ticket.itemId}</dd>
        <dt>{t('unit')}</dt>
        <dd>{unit?.name ?? ticket.unitId}</dd>
        <dt>{t('waited')}</dt>
        <dd>
          {formatDuration(waited, lang)}（{formatTime(ticket.issuedAt, tz)}）
        </dd>
        {serving && ticket.startedAt ? (
          <>
            <dt>{t('serviceTime')}</dt>
            <dd>
              {formatDuration(now - ticket.startedAt, lang)}
              {item ? ` / ${t('expected', { n: item.expectedServiceMinutes })}` : ''}
            </dd>
          </>
        ) : ticket.calledAt ? (
          <>
            <dt>{t('sinceCalled')}</dt>
            <dd>{formatDuration(now - ticket.calledAt, lang)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
