/**
 * How many are waiting, for the units that have anyone waiting; the units
 * served today with nobody waiting share one line ("其余部门无人等候")
 * instead of a row of "0人" each.
 */
import { FitText, useT } from '@hallq/ui';
import { gridOf } from './board-grid';
import type { UnitWaiting } from './hall-view';

export function WaitingBoard({
  units,
  idleUnits,
  columns,
}: {
  units: readonly UnitWaiting[];
  idleUnits: number;
  columns: number;
}) {
  const t = useT();
  const note =
    units.length === 0 ? t('waiting.nobody') : idleUnits > 0 ? t('waiting.restIdle') : undefined;
  return (
    <section className="hq-d-panel hq-d-waiting">
      <FitText as="h2">{t('waiting.title')}</FitText>
      {units.length > 0 ? (
        <ul className="hq-d-board" data-testid="waiting" style={gridOf(units.length, columns)}>
          {units.map((u) => (
            <li key={u.unitId} className="hq-d-waiting-cell" data-unit={u.unitId}>
              <FitText className="hq-d-unit-name">{u.name}</FitText>
              <FitText className="hq-d-unit-count">{t('waiting.count', { n: u.waiting })}</FitText>
            </li>
          ))}
        </ul>
      ) : null}
      {note ? (
        <FitText className="hq-d-board-note" data-testid="waiting-note">
          {note}
        </FitText>
      ) : null}
    </section>
  );
}
