/** How many are waiting at each unit served today. */
import { useT } from '@hallq/ui';
import type { UnitWaiting } from './hall-view';

export function WaitingBoard({ units }: { units: readonly UnitWaiting[] }) {
  const t = useT();
  return (
    <section className="hq-d-panel hq-d-waiting">
      <h2>{t('waiting.title')}</h2>
      <ul className="hq-d-waiting-grid" data-testid="waiting">
        {units.map((u) => (
          <li key={u.unitId} data-unit={u.unitId}>
            <span className="hq-d-unit-name">{u.name}</span>
            <span className="hq-d-unit-count">{t('waiting.count', { n: u.waiting })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
