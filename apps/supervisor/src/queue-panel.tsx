/**
 * A window's queue in a side panel (GET /windows/:id/queue: its next
 * QUEUE_PANEL_ROWS visitors and how many wait after them), read again on hall
 * events; Esc closes it.
 */
import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { messageOf, type HallqApi } from '@hallq/client';
import { QUEUE_PANEL_ROWS, type CatalogReply } from '@hallq/protocol';
import { formatDuration, useI18n } from '@hallq/ui';
import { KEYS } from './live-keys';

type Win = CatalogReply['windows'][number];

export function QueuePanel({
  api,
  window: win,
  now,
  onClose,
  children,
}: {
  api: HallqApi;
  window: Win;
  now: number;
  onClose: () => void;
  /** Above the queue: the supervisor's actions on the window. */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const queue = useQuery({
    queryKey: [...KEYS.queues, win.id],
    queryFn: () => api.windowQueue(win.id, QUEUE_PANEL_ROWS),
  });
  const tickets = queue.data?.tickets;
  const unlisted = queue.data ? queue.data.summary.total - queue.data.tickets.length : 0;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const title = t('queueOf', { n: win.number });
  return (
    <aside className="sv-queue" aria-label={title}>
      <header>
        <h2>{title}</h2>
        <button type="button" className="sv-button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {children}
      {queue.error ? <p role="alert">{messageOf(queue.error, lang)}</p> : null}
      {tickets?.length === 0 ? <p className="sv-muted">{t('queueEmpty')}</p> : null}
      <ol>
        {tickets?.map((ticket) => (
          <li key={ticket.id} className="sv-queue-row">
            <b>{ticket.number}</b>
            <span className="sv-queue-item">
              {ticket.itemName ?? ticket.itemId}
              {ticket.priority === 'priority' ? <em> {t('priority')}</em> : null}
              {ticket.transferredFrom ? <em> {t('transferred')}</em> : null}
            </span>
            <span>{t('queueWaited', { time: formatDuration(now - ticket.issuedAt, lang) })}</span>
          </li>
        ))}
      </ol>
      {unlisted > 0 ? (
        <p className="sv-muted" data-testid="queue-more">
          {t('queueMore', { n: unlisted })}
        </p>
      ) : null}
    </aside>
  );
}
