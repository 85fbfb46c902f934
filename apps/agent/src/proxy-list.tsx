/**
 * 我的代办: the agent's own 代办, newest first, each with its state, its
 * promised date (red when overdue), its trips, and — while the clerk asks
 * for missing materials — the list and the clerk's note, and a button to
 * record bringing them (one more trip, core Q28). The villager's progress
 * link is beside each.
 */
import { useState } from 'react';
import { messageOf, type HallqApi } from '@hallq/client';
import type { ProxyTicketView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';

export function ProxyList({
  api,
  tickets,
  onChanged,
}: {
  api: HallqApi;
  tickets: readonly ProxyTicketView[];
  onChanged: (t: ProxyTicketView) => void;
}) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string>();
  const resubmit = async (p: ProxyTicketView) => {
    setError(undefined);
    try {
      onChanged((await api.proxyStep(p.id, { kind: 'resubmit', materials: p.missing })).ticket);
    } catch (err) {
      setError(messageOf(err, lang));
    }
  };
  return (
    <section className="agent-card agent-list">
      <h2>{t('list.title')}</h2>
      {error ? (
        <p className="agent-error" role="alert">
          {error}
        </p>
      ) : null}
      {tickets.length === 0 ? <p className="agent-hint">{t('list.empty')}</p> : null}
      <ul>
        {tickets.map((p) => {
          const asked = [...p.steps].reverse().find((s) => s.kind === 'askMaterials');
          return (
            <li key={p.id} className={`agent-proxy status-${p.status}`} data-proxy={p.id}>
              <div className="agent-proxy-head">
                <b>{p.itemName}</b>
                <span className="agent-status" data-status={p.status}>
                  {t(`status.${p.status}`)}
                </span>
              </div>
              <div className="agent-proxy-facts">
                <span>
                  {p.applicant.name} · {p.applicant.phone}
                </span>
                <span className={p.overdue ? 'agent-overdue' : undefined}>
                  {p.overdue ? t('list.overdue') : t('list.due', { day: p.dueDay })}
                </span>
                <span>{t('list.trips', { n: p.trips })}</span>
                <a href={`/t/${p.id}`}>{t('list.link')}</a>
              </div>
              {p.status === 'materialsMissing' ? (
                <div className="agent-missing" role="alert">
                  <p>
                    {t('list.missing')}
                    {p.missing.join('、')}
                  </p>
                  {asked?.note ? (
                    <p>
                      {t('list.clerkNote')}
                      {asked.note}
                    </p>
                  ) : null}
                  <button type="button" className="agent-primary" onClick={() => void resubmit(p)}>
                    {t('list.resubmit')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
