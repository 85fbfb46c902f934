/**
 * 过号恢复: the visitor whose number was passed is back. The clerk types the
 * number the visitor holds (or picks it from today's 过号) and chooses where
 * it goes: the front or the back of its queue.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import type { TicketView } from '@hallq/protocol';
import { formatTime, useT } from '@hallq/ui';
import { Modal } from './modal';

export function RestoreDialog({
  api,
  windowId,
  timeZone,
  initialNumber,
  itemName,
  onSubmit,
  onClose,
}: {
  api: HallqApi;
  windowId: string;
  timeZone: string;
  initialNumber?: string | undefined;
  itemName: (itemId: string) => string;
  onSubmit: (ticket: TicketView, position: 'front' | 'back') => void;
  onClose: () => void;
}) {
  const t = useT();
  const passed = useQuery({
    queryKey: ['noShows', windowId],
    queryFn: () => api.noShows(windowId),
    staleTime: 0,
  });
  const list = passed.data?.tickets ?? [];
  const [number, setNumber] = useState(initialNumber ?? '');
  const [chosen, setChosen] = useState('');
  const [position, setPosition] = useState<'front' | 'back'>('front');
  const [error, setError] = useState<string>();
  const submit = () => {
    const typed = number.trim().toUpperCase();
    if (!typed && !chosen) return setError(t('restoreNeed'));
    const ticket = typed ? list.find((x) => x.number === typed) : list.find((x) => x.id === chosen);
    if (!ticket) return setError(t('restoreNotFound', { number: typed }));
    onSubmit(ticket, position);
  };
  return (
    <Modal
      title={t('restoreTitle')}
      submitLabel={t('restore')}
      onSubmit={submit}
      onClose={onClose}
      error={error}
    >
      <label className="field">
        {t('restoreNumber')}
        <input
          data-autofocus
          className="text number-input"
          name="number"
          autoComplete="off"
          value={number}
          maxLength={12}
          onChange={(e) => {
            setNumber(e.target.value);
            setError(undefined);
          }}
        />
      </label>
      <label className="field">
        {t('restoreList')}
        {passed.isSuccess && list.length === 0 ? (
          <span className="calm">{t('restoreNone')}</span>
        ) : (
          <select
            name="passed"
            size={Math.min(6, Math.max(2, list.length))}
            value={chosen}
            onChange={(e) => {
              setChosen(e.target.value);
              setNumber('');
            }}
          >
            {list.map((x) => (
              <option key={x.id} value={x.id}>
                {x.number} · {itemName(x.itemId)}
                {x.finishedAt !== undefined ? ` · ${formatTime(x.finishedAt, timeZone)}` : ''}
              </option>
            ))}
          </select>
        )}
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
