/**
 * The visitor's number, very large, with the unit, the people ahead, the
 * estimated wait and the QR code of the status page. When the printer failed
 * it says so and waits longer, so the number can be photographed.
 */
import { useEffect, useRef, useState } from 'react';
import { windowRange, type CatalogReply } from '@hallq/protocol';
import { formatDuration, useI18n } from '@hallq/ui';
import type { IssuedTicket } from '../issue-ticket';
import { TicketQr } from '../components/ticket-qr';

export function TicketScreen({
  catalog,
  issued,
  backAfterMs,
  onDone,
}: {
  catalog: CatalogReply;
  issued: IssuedTicket;
  backAfterMs: number;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const { ticket, print, statusUrl } = issued;
  const unit = catalog.units.find((u) => u.id === ticket.unitId);
  const item = catalog.items.find((i) => i.id === ticket.itemId);
  const failed = print.kind === 'failed';
  const windows = windowRange(ticket.windowNumbers ?? [], lang === 'en' ? ', ' : '、');
  const where =
    windows === ''
      ? undefined
      : ticket.zone
        ? t('ticket.where', { zone: ticket.zone, windows })
        : t('ticket.whereNoZone', { windows });
  const [left, setLeft] = useState(Math.ceil(backAfterMs / 1000));
  // One countdown per ticket: a new onDone identity on re-render must not restart it.
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => {
    const started = Date.now();
    const tick = setInterval(() => {
      setLeft(Math.max(0, Math.ceil((backAfterMs - (Date.now() - started)) / 1000)));
    }, 250);
    const done = setTimeout(() => onDoneRef.current(), backAfterMs);
    return () => {
      clearInterval(tick);
      clearTimeout(done);
    };
  }, [ticket.id, backAfterMs]);

  return (
    <main
      className={`k-screen k-ticket${failed ? ' k-ticket-failed' : ''}`}
      // Printed: a tap anywhere goes home at once. Not printed: only the button does,
      // so a stray touch cannot hide the number before it is noted.
      onClick={failed ? undefined : onDone}
    >
      <h1 className="k-title">{t('ticket.title')}</h1>
      {failed && (
        <div className="k-print-failed" role="alert">
          {t('ticket.printFailed')}
        </div>
      )}
      <div className="k-number" data-testid="ticket-number">
        {ticket.number}
      </div>
      {ticket.priority === 'priority' && <div className="k-badge">{t('ticket.priority')}</div>}
      <div className="k-ticket-body">
        <div className="k-ticket-info">
          <div className="k-ticket-unit">{unit?.name ?? ticket.unitName}</div>
          <div className="k-ticket-item">{item?.name ?? ticket.itemName}</div>
          {where && (
            <div className="k-ticket-where" data-testid="where">
              {where}
            </div>
          )}
          <div className="k-ticket-ahead" data-testid="ahead">
            {t('ticket.ahead', { count: ticket.ahead })}
          </div>
          <div className="k-ticket-wait" data-testid="wait">
            {ticket.noWindowOpen
              ? t('ticket.noWindow')
              : t('ticket.wait', { duration: formatDuration(ticket.estimatedWaitMs, lang) })}
          </div>
        </div>
        <TicketQr url={statusUrl} label={t(failed ? 'ticket.scanToKeep' : 'ticket.qr')} />
      </div>
      {print.kind === 'ok' && <p className="k-hint">{t('ticket.printed')}</p>}
      {print.kind === 'unknown' && <p className="k-hint">{t('ticket.printUnknown')}</p>}
      {failed ? (
        <button type="button" className="k-btn k-confirm" onClick={onDone}>
          {t('ticket.done')}
        </button>
      ) : (
        <p className="k-countdown">{t('ticket.backIn', { seconds: left })}</p>
      )}
    </main>
  );
}
