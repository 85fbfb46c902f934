/** This window's waiting queue in call order, with counts per unit and item and the longest wait. */
import type { CatalogReply, TicketView } from '@hallq/protocol';
import { formatDuration, formatTime, useI18n } from '@hallq/ui';
import { summariseQueue } from './queue-summary';

export function QueuePanel({
  queue,
  catalog,
  waitLimitMinutes,
  now,
}: {
  queue: readonly TicketView[];
  catalog: CatalogReply;
  waitLimitMinutes: number;
  now: number;
}) {
  const { t, lang } = useI18n();
  const s = summariseQueue(queue, now);
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
            {t('longestWait')} {formatDuration(s.longestWaitMs, lang)}
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
          </div>
        </>
      )}
    </section>
  );
}
