/**
 * 代办件 of the window's units (全程代办, core Q28): each open one with where
 * it came from (the village room and its agent), the villager masked
 * (Q30), the materials received, its promised date (red when overdue) and
 * trips; the clerk accepts it, asks for missing materials (from the item's
 * office guide, with a note) or, once accepted, finishes it. The list is
 * read again whenever a proxy ticket of the site changes (the socket).
 */
import { useCallback, useEffect, useState } from 'react';
import { messageOf, type HallFeed, type HallqApi } from '@hallq/client';
import type { CatalogReply, ProxyStepKind, ProxyTicketView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';

interface Asking {
  id: string;
  kind: ProxyStepKind;
  missing: string[];
  note: string;
}

export function ProxyPanel({
  api,
  feed,
  catalog,
  hidden,
  onCount,
}: {
  api: HallqApi;
  feed: HallFeed | undefined;
  catalog: CatalogReply;
  hidden: boolean;
  onCount: (n: number) => void;
}) {
  const { t, lang } = useI18n();
  const [tickets, setTickets] = useState<ProxyTicketView[]>([]);
  const [asking, setAsking] = useState<Asking>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const list = (await api.proxyTickets({ status: 'open' })).tickets;
      setTickets(list);
      onCount(list.length);
    } catch (err) {
      setError(messageOf(err, lang));
    }
  }, [api, lang, onCount]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => feed?.onProxy(() => void reload()), [feed, reload]);

  const step = async (a: Asking) => {
    setError(undefined);
    try {
      await api.proxyStep(a.id, {
        kind: a.kind,
        note: a.note,
        ...(a.kind === 'askMaterials' ? { materials: a.missing } : {}),
      });
      setAsking(undefined);
      await reload();
    } catch (err) {
      setError(messageOf(err, lang));
    }
  };
  const guide = (itemId: string) =>
    catalog.items.find((i) => i.id === itemId)?.guide?.materials.map((m) => m.name) ?? [];

  return (
    <section className="panel proxy-panel" hidden={hidden} data-testid="proxy-panel">
      {error ? (
        <p className="proxy-error" role="alert">
          {error}
        </p>
      ) : null}
      {tickets.length === 0 ? <p className="proxy-empty">{t('proxy.empty')}</p> : null}
      <ul className="proxy-list">
        {tickets.map((p) => (
          <li key={p.id} className={`proxy-row status-${p.status}`} data-proxy={p.id}>
            <div className="proxy-head">
              <b>{p.itemName}</b>
              <span className="proxy-status">{t(`proxy.status.${p.status}`)}</span>
            </div>
            <div className="proxy-facts">
              <span>{t('proxy.from', { site: p.agentSiteName, agent: p.agent.name })}</span>
              <span>
                {p.applicant.name} {p.applicant.phone}
              </span>
              <span className={p.overdue ? 'proxy-overdue' : undefined}>
                {t(p.overdue ? 'proxy.overdue' : 'proxy.due', { day: p.dueDay })}
              </span>
              <span>{t('proxy.trips', { n: p.trips })}</span>
            </div>
            <p className="proxy-materials">
              {t('proxy.materials')}
              {p.materials.length ? p.materials.join('、') : t('proxy.none')}
              {p.note ? ` · ${p.note}` : ''}
            </p>
            {p.status === 'materialsMissing' ? (
              <p className="proxy-materials">
                {t('proxy.missing')}
                {p.missing.join('、')}
              </p>
            ) : null}
            {asking?.id === p.id ? (
              <div className="proxy-ask">
                {asking.kind === 'askMaterials' ? (
                  <fieldset>
                    <legend>{t('proxy.askWhat')}</legend>
                    {guide(p.itemId)
                      .filter((m) => !p.materials.includes(m))
                      .map((m) => (
                        <label key={m}>
                          <input
                            type="checkbox"
                            checked={asking.missing.includes(m)}
                            onChange={() =>
                              setAsking({
                                ...asking,
                                missing: asking.missing.includes(m)
                                  ? asking.missing.filter((x) => x !== m)
                                  : [...asking.missing, m],
                              })
                            }
                          />
                          {m}
                        </label>
                      ))}
                  </fieldset>
                ) : null}
                <label>
                  {t('proxy.note')}
                  <textarea
                    name="proxy-note"
                    maxLength={500}
                    value={asking.note}
                    onChange={(e) => setAsking({ ...asking, note: e.target.value })}
                  />
                </label>
                <button type="button" onClick={() => void step(asking)}>
                  {t('proxy.send')}
                </button>
                <button type="button" onClick={() => setAsking(undefined)}>
                  {t('proxy.cancel')}
                </button>
              </div>
            ) : (
              <div className="proxy-actions">
                {p.status === 'submitted' ? (
                  <button
                    type="button"
                    onClick={() => void step({ id: p.id, kind: 'accept', missing: [], note: '' })}
                  >
                    {t('proxy.accept')}
                  </button>
                ) : null}
                {p.status === 'submitted' || p.status === 'accepted' ? (
                  <button
                    type="button"
                    onClick={() =>
                      setAsking({ id: p.id, kind: 'askMaterials', missing: [], note: '' })
                    }
                  >
                    {t('proxy.ask')}
                  </button>
                ) : null}
                {p.status === 'accepted' ? (
                  <button
                    type="button"
                    onClick={() => setAsking({ id: p.id, kind: 'finish', missing: [], note: '' })}
                  >
                    {t('proxy.finish')}
                  </button>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
