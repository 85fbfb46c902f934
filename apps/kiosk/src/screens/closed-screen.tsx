/**
 * No dead ends: a unit (or one of its items) that no window serves today
 * says on which weekdays it is served, and offers a number for the 咨询导办
 * desk, whose staff can help now.
 */
import type { CatalogReply } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { servedDaysText } from '../served-days';

export function ClosedScreen({
  catalog,
  unitId,
  itemId,
  onOpenItem,
}: {
  catalog: CatalogReply;
  unitId: string;
  itemId: string | undefined;
  onOpenItem: (itemId: string) => void;
}) {
  const { t, lang } = useI18n();
  const unit = catalog.units.find((u) => u.id === unitId);
  const item = itemId ? catalog.items.find((i) => i.id === itemId) : undefined;
  if (!unit) return null;
  const days = unit.servedWeekdays.length
    ? t('closed.when', { days: servedDaysText(unit.servedWeekdays, lang) })
    : t('closed.never');
  const enquiry = catalog.hall.enquiry;
  const desks = enquiry
    ? catalog.windows.filter((w) => w.todayUnitIds.includes(enquiry.unitId))
    : [];
  return (
    <main className="k-screen k-closed">
      <h1 className="k-title">{item ? item.name : unit.name}</h1>
      <div className="k-closed-notice" role="status">
        <p className="k-closed-title">{t('closed.title', { unit: unit.shortName })}</p>
        <p className="k-closed-days" data-testid="served-days">
          {days}
        </p>
      </div>
      {enquiry && desks.length > 0 && (
        <section className="k-closed-offer">
          <p>{t('closed.offer')}</p>
          <p className="k-closed-where">
            {t('closed.where', {
              zone: desks[0]?.zone ?? '',
              windows: desks.map((w) => w.number).join('、'),
            })}
          </p>
          <button
            type="button"
            className="k-btn k-confirm"
            data-testid="take-enquiry"
            onClick={() => onOpenItem(enquiry.itemId)}
          >
            {t('closed.take')}
          </button>
        </section>
      )}
    </main>
  );
}
