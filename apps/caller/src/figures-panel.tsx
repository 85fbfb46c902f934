/** The clerk's own figures for today. */
import { formatDuration, useI18n } from '@hallq/ui';
import type { Stats } from './use-window-data';

export function FiguresPanel({ stats }: { stats: Stats | undefined }) {
  const { t, lang } = useI18n();
  const dash = '—';
  return (
    <section className="figures" aria-label={t('figures')}>
      <h2>{t('figures')}</h2>
      <dl>
        <div>
          <dt>{t('served')}</dt>
          <dd data-testid="served">{stats ? t('servedUnit', { n: stats.served }) : dash}</dd>
        </div>
        <div>
          <dt>{t('avgService')}</dt>
          <dd>{stats?.served ? formatDuration(stats.avgServiceMs, lang) : dash}</dd>
        </div>
        <div>
          <dt>{t('avgWait')}</dt>
          <dd>{stats?.served ? formatDuration(stats.avgWaitMs, lang) : dash}</dd>
        </div>
      </dl>
    </section>
  );
}
