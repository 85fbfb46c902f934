/**
 * 过号 is final for the clerk's screen: it asks first, unless the visitor was
 * already recalled enough times. Both are site settings (GET /catalog
 * `hall.noShow`: confirm on, after 1 recall by default).
 */
import type { CatalogReply, TicketView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { Modal } from './modal';

const DEFAULT = { confirm: true, unlessRecalls: 1 };

export function needsNoShowConfirm(
  ticket: Pick<TicketView, 'recallCount'>,
  setting: CatalogReply['hall']['noShow'],
): boolean {
  const { confirm, unlessRecalls } = setting ?? DEFAULT;
  return confirm && ticket.recallCount < unlessRecalls;
}

export function NoShowConfirm({
  ticket,
  onSubmit,
  onClose,
}: {
  ticket: TicketView;
  onSubmit: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      title={t('noShowConfirmTitle')}
      submitLabel={t('noShowConfirmButton')}
      focusSubmit
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <p className="confirm-text" data-testid="no-show-confirm">
        {t('noShowConfirmText', { number: ticket.number, n: ticket.recallCount })}
      </p>
    </Modal>
  );
}
