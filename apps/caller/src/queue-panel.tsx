/**
 * This window's waiting queue: the next visitors in call order (the first
 * QUEUE_PANEL_ROWS the server lists), and the whole queue's counts per unit
 * and item and its longest wait from the server's summary, so a queue of two
 * thousand costs the terminal fifty rows.
 */
import {
  EMPTY_QUEUE_SUMMARY,
  type CatalogReply,
  type TicketView,
  type WindowQueueSummary,
} from '@hallq/protocol';
import { formatDuration, formatTime, useI18n } from '@hallq/ui';

export function QueuePanel({
  queue,
  summary,
  catalog,
  waitLimitMinutes,
  now,
}: {
  queue: readonly TicketView[];
  summary: WindowQueueSummary | undefined;
  catalog: CatalogReply;
  waitLimitMinutes: number;
  now: number;
}) {
  const { t, lang } = useI18n();
  const s = summary ?? EMPTY_QUEUE_SUMMARY;
  const longestWaitMs = s.oldest ? Math.max(0, now - s.oldest.issuedAt) : 0;
  const unlisted = s.total - queue.length;
  const unitName = (id: string) => catalog.units.find((u) => u.id === id)?.shortName ?? id;
  const itemOf = (id: string) => catalog.items.find((i) => i.id === id);
  const tz = catalog.hall.timeZone;
  return (
    <section className="queue" aria-label={t('queueTitle')}>
      <header className="queue-head">
        <h2>{t('queueTitle')}</h2>
        <span className="chip strong" data-testid="queue-count">
          {t('waitingCount', { n: s.total })}
        </span>
        {s.priority ? (
          <span className="chip priority">{t('priorityCount', { n: s.priority })}</span>
        ) : null}
        {s.transferred ? (
          <span className="chip transferred">{t('transferredCount', { n: s.transferred })}</span>
        ) : null}
        {s.total ? (
          <span className="chip">
            {t('longestWait')} {formatDuration(longestWaitMs, lang)}
          </span>
        ) : null}
      </header>
      {s.total === 0 ? (
        <p className="calm queue-empty">{t('emptyQueue')}</p>
      ) : (
        <>
          <div className="counts">
            <div>
              <h3>{t('byUnit')}</h3>
              <ul>
                {s.byUnit.map((c) => (
                  <li key={c.id}>
                    {unitName(c.id)} <b>{c.count}</b>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>{t('byItem')}</h3>
              <ul>
                {s.byItem.slice(0, 6).map((c) => (
                  <li key={c.id} title={itemOf(c.id)?.name}>
                    {itemOf(c.id)?.name ?? c.id} <b>{c.count}</b>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <div className="queue-table-wrap">
            <table className="queue-table">
              <thead>
                <tr>
                  <th>{t('number')}</th>
                  <th>{t('item')}</th>
                  <th>{t('waitedCol')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.map((q) => {
                  const over = waitLimitMinutes > 0 && now - q.issuedAt > waitLimitMinutes * 60_000;
                  return (
                    <tr key={q.id} className={over ? 'over' : undefined} data-ticket={q.number}>
                      <td className="num">
                        {q.number}
                        {q.priority === 'priority' ? (
                          <span className="tag priority">{t('priority')}</span>
                        ) : null}
                        {q.transferCount > 0 ? (
                          <span className="tag transferred">{t('transferred')}</span>
                        ) : null}
                        {q.front ? <span className="tag">{t('front')}</span> : null}
                      </td>
                      <td className="item-cell">{itemOf(q.itemId)?.name ?? q.itemId}</td>
                      <td>
                        {formatDuration(now - q.issuedAt, lang)}{' '}
                        <small>{formatTime(q.issuedAt, tz)}</small>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {unlisted > 0 ? (
              <p className="calm queue-more" data-testid="queue-more">
                {t('queueMore', { n: unlisted })}
              </p>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
