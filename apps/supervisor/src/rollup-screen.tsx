/**
 * 三级联动 (#rollup): every site the supervisor may see on one screen, live
 * (GET /sites/rollup every few seconds: it reads the read models only). The
 * site tree on the left to drill into; on the right the chosen site's own
 * figures and with the sites below it, and a row per site below it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { messageOf, type HallqApi } from '@hallq/client';
import type { RollupFigures, SiteRollupReply } from '@hallq/protocol';
import { formatDuration, formatTime, useI18n } from '@hallq/ui';

const EVERY_MS = 5_000;

export function useRollupRoute(): boolean {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return hash === '#rollup';
}

export function RollupScreen({ api }: { api: HallqApi }) {
  const { t, lang } = useI18n();
  const [reply, setReply] = useState<SiteRollupReply>();
  const [error, setError] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [open, setOpen] = useState<Set<string>>(new Set());

  useEffect(() => {
    let cancelled = false;
    const read = () =>
      api.siteRollup().then(
        (r) => {
          if (cancelled) return;
          setReply(r);
          setError(undefined);
        },
        (err: unknown) => !cancelled && setError(messageOf(err, lang)),
      );
    void read();
    const timer = setInterval(() => void read(), EVERY_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [api, lang]);

  if (!reply) return <div className="splash">{error ?? t('loading')}</div>;
  const byId = new Map(reply.sites.map((s) => [s.siteId, s]));
  const root = reply.sites[0];
  const site = byId.get(chosen ?? root?.siteId ?? '') ?? root;
  const figures = (f: RollupFigures) => (
    <dl className="ru-figures">
      <dt>{t('rollupWindows')}</dt>
      <dd>
        {f.windowsOpen}/{f.windows}
      </dd>
      <dt>{t('rollupWaiting')}</dt>
      <dd data-testid="ru-waiting">{f.waiting}</dd>
      <dt>{t('rollupLongest')}</dt>
      <dd>{f.longestWaitMs > 0 ? formatDuration(f.longestWaitMs, lang) : '—'}</dd>
      <dt>{t('rollupAlerts')}</dt>
      <dd className={f.alertsRed > 0 ? 'ru-red' : undefined}>
        {f.alertsOpen}
        {f.alertsRed > 0 ? `（${t('rollupRed')} ${f.alertsRed}）` : ''}
      </dd>
      <dt>{t('rollupProxies')}</dt>
      <dd className={f.proxiesOverdue > 0 ? 'ru-red' : undefined}>
        {f.proxiesOpen}
        {f.proxiesOverdue > 0 ? `（${t('rollupOverdue')} ${f.proxiesOverdue}）` : ''}
      </dd>
    </dl>
  );
  const node = (id: string, depth: number): ReactNode => {
    const s = byId.get(id);
    if (!s) return null;
    const expanded = depth === 0 || open.has(id);
    const f = s.withChildren;
    return (
      <li key={id}>
        <div className={`ru-node${site?.siteId === id ? ' ru-chosen' : ''}`}>
          {s.childIds.length > 0 && depth > 0 ? (
            <button
              type="button"
              className="ru-toggle"
              aria-expanded={expanded}
              onClick={() =>
                setOpen((o) => {
                  const next = new Set(o);
                  if (next.has(id)) next.delete(id);
                  else next.add(id);
                  return next;
                })
              }
            >
              {expanded ? '▾' : '▸'}
            </button>
          ) : (
            <span className="ru-toggle" />
          )}
          <button type="button" className="ru-name" onClick={() => setChosen(id)}>
            {s.name}
          </button>
          <span className="ru-badge" title={t('rollupWaiting')}>
            {f.waiting}
          </span>
          {f.alertsOpen > 0 ? (
            <span className={`ru-badge ${f.alertsRed > 0 ? 'ru-badge-red' : 'ru-badge-yellow'}`}>
              ⚠ {f.alertsOpen}
            </span>
          ) : null}
        </div>
        {expanded && s.childIds.length > 0 ? (
          <ul>{s.childIds.map((c) => node(c, depth + 1))}</ul>
        ) : null}
      </li>
    );
  };

  return (
    <div className="ru-page">
      <header className="sv-header">
        <h1>{t('rollupTitle')}</h1>
        <span className="ru-updated">
          {t('rollupUpdated', { time: formatTime(reply.at, 'Asia/Shanghai') })}
        </span>
        <a className="sv-button" href="#">
          {t('rollupBack')}
        </a>
      </header>
      {error ? <p className="ru-error">{error}</p> : null}
      <section className="ru-total" data-testid="ru-total">
        <h2>{t('rollupTotal')}</h2>
        {figures(reply.total)}
      </section>
      <div className="ru-body">
        <nav className="ru-tree" aria-label={t('rollupSites')}>
          <ul>{root ? node(root.siteId, 0) : null}</ul>
        </nav>
        {site ? (
          <section className="ru-detail" data-testid="ru-detail">
            <h2>
              {site.name} <small>{t(`level.${site.level}`)}</small>
            </h2>
            <div className="ru-pair">
              <div>
                <h3>{t('rollupOwn')}</h3>
                {figures(site.own)}
              </div>
              <div>
                <h3>{t('rollupWithChildren')}</h3>
                {figures(site.withChildren)}
              </div>
            </div>
            <h3>{t('rollupChildren')}</h3>
            {site.childIds.length === 0 ? (
              <p>{t('rollupNoChildren')}</p>
            ) : (
              <table className="ru-table">
                <thead>
                  <tr>
                    <th>{t('rollupSite')}</th>
                    <th>{t('rollupWindows')}</th>
                    <th>{t('rollupWaiting')}</th>
                    <th>{t('rollupLongest')}</th>
                    <th>{t('rollupAlerts')}</th>
                    <th>{t('rollupProxies')}</th>
                  </tr>
                </thead>
                <tbody>
                  {site.childIds.map((c) => {
                    const s = byId.get(c);
                    if (!s) return null;
                    const f = s.withChildren;
                    return (
                      <tr key={c} onClick={() => setChosen(c)}>
                        <td>{s.name}</td>
                        <td>
                          {f.windowsOpen}/{f.windows}
                        </td>
                        <td>{f.waiting}</td>
                        <td>{f.longestWaitMs > 0 ? formatDuration(f.longestWaitMs, lang) : '—'}</td>
                        <td className={f.alertsRed > 0 ? 'ru-red' : undefined}>{f.alertsOpen}</td>
                        <td className={f.proxiesOverdue > 0 ? 'ru-red' : undefined}>
                          {f.proxiesOpen}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
