/** An item's office guide (承诺时限, 即办件; 申请材料 when it has a full guide), the priority choice and the confirmation. */
import type { CatalogReply } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import type { Priority } from '../issue-ticket';
import { isSoldOut } from '../unit-groups';
import { GuideMaterials } from '../components/guide-materials';

export function ItemScreen({
  catalog,
  itemId,
  priority,
  issuing,
  error,
  warning,
  onPriority,
  onConfirm,
}: {
  catalog: CatalogReply;
  itemId: string;
  priority: Priority;
  issuing: boolean;
  error: { message: string; retryable: boolean } | undefined;
  /** The printer warning, repeated here: the visitor is about to take a number. */
  warning?: string | undefined;
  onPriority: (priority: Priority) => void;
  onConfirm: () => void;
}) {
  const t = useT();
  const item = catalog.items.find((i) => i.id === itemId);
  if (!item) return null;
  const unit = catalog.units.find((u) => u.id === item.unitId);
  const soldOut = isSoldOut(item);
  const isPriority = priority === 'priority';
  return (
    <main className="k-screen k-item-guide">
      <h1 className="k-title">{item.name}</h1>
      <section className="k-guide" aria-label={t('guide.title')}>
        <h2>{t('guide.title')}</h2>
        <dl>
          <dt>{t('guide.unit')}</dt>
          <dd>{unit?.name}</dd>
          <dt>{t('guide.category')}</dt>
          <dd>{item.category}</dd>
          <dt>{t('guide.promised')}</dt>
          <dd data-testid="promised">
            {item.onTheSpot || item.promisedDays === 0
              ? t('guide.onTheSpot')
              : t('guide.promisedDays', { days: item.promisedDays })}
          </dd>
          <dt>{t('guide.serviceTime')}</dt>
          <dd>{t('guide.minutes', { minutes: Math.round(item.expectedServiceMinutes) })}</dd>
          {item.dailyQuota !== undefined && (
            <>
              <dt>{t('guide.remaining')}</dt>
              <dd>{t('guide.remainingCount', { count: item.remainingToday ?? 0 })}</dd>
            </>
          )}
        </dl>
        {item.guide ? <GuideMaterials guide={item.guide} /> : null}
      </section>
      <button
        type="button"
        className="k-btn k-priority"
        aria-pressed={isPriority}
        disabled={issuing}
        onClick={() => onPriority(isPriority ? 'normal' : 'priority')}
      >
        <span className="k-check" aria-hidden>
          {isPriority ? '✓' : ''}
        </span>
        {t('priority.label')}
      </button>
      {isPriority && <p className="k-hint">{t('priority.hint')}</p>}
      <button
        type="button"
        className="k-btn k-confirm"
        disabled={issuing || soldOut}
        onClick={onConfirm}
      >
        {issuing ? t('confirm.busy') : soldOut ? t('items.soldOut') : t('confirm.button')}
      </button>
      {warning && !error && <div className="k-warning">{warning}</div>}
      {error && (
        <div className="k-error" role="alert">
          <p>{error.message}</p>
          {error.retryable && <p>{t('confirm.retry')}</p>}
        </div>
      )}
    </main>
  );
}
