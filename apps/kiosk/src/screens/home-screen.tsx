/**
 * Home: the 咨询导办 desk, always on top for a visitor who does not know
 * where to go; a hall-wide search; the units as the hall lays them out,
 * today's rota applied. A unit not served today can still be tapped: it
 * says when it is served and offers 咨询导办. A disabled unit cannot.
 */
import type { CatalogReply, UnitView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { groupUnits, isChoosable } from '../unit-groups';
import { servedDaysText } from '../served-days';
import { ScrollPager } from '../components/scroll-pager';

function UnitButton({
  unit,
  onOpen,
  onOpenClosed,
}: {
  unit: UnitView;
  onOpen: (unitId: string) => void;
  onOpenClosed: (unitId: string) => void;
}) {
  const { t, lang } = useI18n();
  const disabled = unit.enabled === false;
  const open = isChoosable(unit);
  const note = disabled
    ? t('items.disabled')
    : open
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
      data-closed={(!open && !disabled) || undefined}
      data-stop
      disabled={disabled}
      onClick={() => (open ? onOpen(unit.id) : onOpenClosed(unit.id))}
    >
      <span className="k-unit-name">{unit.shortName}</span>
      {note && <span className="k-unit-note">{note}</span>}
    </button>
  );
}

export function HomeScreen({
  catalog,
  warning,
  elder = false,
  onOpenUnit,
  onOpenClosed,
  onOpenItem,
  onSearchAll,
}: {
  catalog: CatalogReply;
  warning: string | undefined;
  elder?: boolean;
  onOpenUnit: (unitId: string) => void;
  onOpenClosed: (unitId: string) => void;
  onOpenItem: (itemId: string) => void;
  onSearchAll: () => void;
}) {
  const { t } = useI18n();
  const enquiry = catalog.hall.enquiry;
  // The desk has its own button above; it is not one of the hall's departments.
  const units = enquiry ? catalog.units.filter((u) => u.id !== enquiry.unitId) : catalog.units;
  return (
    <main className="k-screen k-home">
      {warning && (
        <div className="k-warning" role="alert">
          {warning}
        </div>
      )}
      <h1 className="k-title">{t('home.prompt')}</h1>
      <div className="k-home-tools">
        {enquiry && (
          <button
            type="button"
            className="k-btn k-enquiry"
            data-testid="enquiry"
            onClick={() => onOpenItem(enquiry.itemId)}
          >
            <span className="k-enquiry-name">{t('home.enquiry')}</span>
            <span className="k-enquiry-hint">{t('home.enquiryHint')}</span>
          </button>
        )}
        <button type="button" className="k-btn k-search-all" onClick={onSearchAll}>
          {t('home.search')}
        </button>
      </div>
      <ScrollPager elder={elder} className="k-home-pager">
        {groupUnits({ units }).map((group) => (
          <section key={group.kind} className="k-group" data-kind={group.kind}>
            <h2 data-stop>{t(`group.${group.kind}`)}</h2>
            <div className="k-grid">
              {group.units.map((unit) => (
                <UnitButton
                  key={unit.id}
                  unit={unit}
                  onOpen={onOpenUnit}
                  onOpenClosed={onOpenClosed}
                />
              ))}
            </div>
          </section>
        ))}
      </ScrollPager>
    </main>
  );
}
