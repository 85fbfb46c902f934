/** Per unit: people waiting and the longest wait, yellow or red when the server marks it. */
import { formatDuration, useI18n } from '@hallq/ui';
import type { UnitRows } from './unit-rows';

export function UnitsPanel({ units }: { units: UnitRows | undefined }) {
  const { t, lang } = useI18n();
  return (
    <section className="sv-units" aria-label={t('units')}>
      <h2>{t('units')}</h2>
      {units ? (
        <>
          <ul>
            {units.rows.map((u) => (
              <li
                key={u.unitId}
                className="sv-unit"
                data-unit={u.unitId}
                {...(u.level ? { 'data-level': u.level } : {})}
              >
                <span className="sv-unit-name">
                  {u.level ? <span className="sv-mark">{t(`level.${u.level}`)}</span> : null}
                  {u.name}
                </span>
                <span>{t('waiting', { n: u.waiting })}</span>
                <span>
                  {u.waiting > 0
                    ? t('longest', { time: formatDuration(u.longestWaitMs, lang) })
                    : ''}
                </span>
              </li>
            ))}
          </ul>
          {units.quiet > 0 ? (
            <p className="sv-muted">{t('unitsQuiet', { n: units.quiet })}</p>
          ) : null}
        </>
      ) : (
        <p className="sv-muted">{t('loading')}</p>
      )}
    </section>
  );
}
