/** Home: the units as the hall lays them out, today's rota applied, and a hall-wide search. */
import type { CatalogReply, UnitView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { groupUnits, isChoosable } from '../unit-groups';
import { servedDaysText } from '../served-days';

function UnitButton({ unit, onOpen }: { unit: UnitView; onOpen: (unitId: string) => void }) {
  const { t, lang } = useI18n();
  const choosable = isChoosable(unit);
  const note = choosable
    ? unit.kind === 'comprehensive'
      ? t('unit.today')
      : undefined
    : unit.servedWeekdays.length > 0
      ? servedDaysText(unit.servedWeekdays, lang)
      : t('unit.noWindow');
  return (
    <button
      type="button"
      className="k-btn k-unit"
      data-unit={unit.id}
      disabled={!choosable}
      aria-disabled={!choosable}
      onClick={() => onOpen(unit.id)}
    >
      <span className="k-unit-name">{unit.shortName}</span>
      {note && <span className="k-unit-note">{note}</span>}
    </button>
  );
}

export function HomeScreen({
  catalog,
  warning,
  onOpenUnit,
  onSearchAll,
}: {
  catalog: CatalogReply;
  warning: string | undefined;
  onOpenUnit: (unitId: string) => void;
  onSearchAll: () => void;
}) {
  const { t } = useI18n();
  return (
    <main className="k-screen k-home">
      {warning && (
        <div className="k-warning" role="alert">
          {warning}
        </div>
      )}
      <h1 className="k-title">{t('home.prompt')}</h1>
      <button type="button" className="k-btn k-search-all" onClick={onSearchAll}>
        {t('home.search')}
      </button>
      {groupUnits(catalog).map((group) => (
        <section key={group.kind} className="k-group" data-kind={group.kind}>
          <h2>{t(`group.${group.kind}`)}</h2>
          <div className="k-grid">
            {group.units.map((unit) => (
              <UnitButton key={unit.id} unit={unit} onOpen={onOpenUnit} />
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
