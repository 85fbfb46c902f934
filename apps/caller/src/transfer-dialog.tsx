/**
 * 转移: to another unit, item or window, at the front or the back of that
 * queue. To another unit the visitor's matter must be named there (core Q16:
 * an item of that unit); a note says why, for the receiving window.
 */
import { useMemo, useState } from 'react';
import type { CatalogReply, TicketView, TransferBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { Modal } from './modal';

export function TransferDialog({
  ticket,
  catalog,
  fromWindowId,
  onSubmit,
  onClose,
}: {
  ticket: TicketView;
  catalog: CatalogReply;
  fromWindowId: string;
  onSubmit: (body: TransferBody) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [unitId, setUnitId] = useState('');
  const [itemId, setItemId] = useState('');
  const [windowId, setWindowId] = useState('');
  const [position, setPosition] = useState<'front' | 'back'>('front');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();

  const units = useMemo(
    () => catalog.units.filter((u) => u.siteId === ticket.siteId && u.servedToday),
    [catalog, ticket.siteId],
  );
  const items = useMemo(() => catalog.items.filter((i) => i.unitId === unitId), [catalog, unitId]);
  const windows = useMemo(
    () =>
      catalog.windows
        .filter((w) => w.siteId === ticket.siteId && w.id !== fromWindowId)
        .filter((w) => !unitId || w.todayUnitIds.includes(unitId))
        .sort((a, b) => a.number - b.number),
    [catalog, ticket.siteId, fromWindowId, unitId],
  );

  const submit = () => {
    if (!unitId && !windowId) return setError(t('transferNeedTarget'));
    const ownItemThere = catalog.items.some((i) => i.id === ticket.itemId && i.unitId === unitId);
    if (unitId && !itemId && !ownItemThere) return setError(t('transferNeedItem'));
    onSubmit({
      position,
      ...(note.trim() ? { note: note.trim().slice(0, 200) } : {}),
      ...(unitId ? { toUnitId: unitId } : {}),
      ...(itemId ? { toItemId: itemId } : {}),
      ...(windowId ? { toWindowId: windowId } : {}),
    });
  };

  return (
    <Modal
      title={t('transferTitle', { number: ticket.number })}
      onSubmit={submit}
      onClose={onClose}
      error={error}
    >
      <label className="field">
        {t('toUnit')}
        <select
          data-autofocus
          name="toUnit"
          value={unitId}
          onChange={(e) => {
            setUnitId(e.target.value);
            setItemId('');
            setWindowId('');
          }}
        >
          <option value="">{t('any')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('toItem')}
        <select name="toItem" value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t('any')}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} {i.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('toWindow')}
        <select name="toWindow" value={windowId} onChange={(e) => setWindowId(e.target.value)}>
          <option value="">{t('any')}</option>
          {windows.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('transferNote')}
        <input
          className="text"
          name="note"
          maxLength={200}
          value={note}
          placeholder={t('transferNoteHint')}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <fieldset className="choices">
        <legend>{t('position')}</legend>
        {(['front', 'back'] as const).map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="position"
              value={p}
              checked={position === p}
              onChange={() => setPosition(p)}
            />
            {t(p === 'front' ? 'positionFront' : 'positionBack')}
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}
