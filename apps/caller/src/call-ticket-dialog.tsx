/**
 * 选号呼叫: call one ticket out of order; the reason goes into the record.
 * The clerk types the number the visitor holds up (the usual case: the
 * visitor is at the counter); the window's queue is the fallback list.
 */
import { useState } from 'react';
import type { TicketView } from '@hallq/protocol';
import { formatDuration, useI18n } from '@hallq/ui';
import { Modal } from './modal';

const PRESETS = ['reasonAppointment', 'reasonVulnerable', 'reasonReturn'] as const;
const ZH: Record<(typeof PRESETS)[number], string> = {
  reasonAppointment: '预约到场',
  reasonVulnerable: '老弱病残孕优先',
  reasonReturn: '补齐材料后返回',
};

/** Which ticket: by the typed number, or by its id from the list. */
export type CallTarget = { number: string } | { ticketId: string };

export function CallTicketDialog({
  queue,
  itemName,
  now,
  onSubmit,
  onClose,
}: {
  queue: readonly TicketView[];
  itemName: (itemId: string) => string;
  now: number;
  onSubmit: (target: CallTarget, reason: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [number, setNumber] = useState('');
  const [ticketId, setTicketId] = useState('');
  const [reason, setReason] = useState<string>(ZH[PRESETS[0]]);
  const [error, setError] = useState<string>();
  const submit = () => {
    const typed = number.trim().toUpperCase();
    if ((!typed && !ticketId) || !reason.trim()) return setError(t('callTicketNeed'));
    const why = reason.trim().slice(0, 200);
    onSubmit(typed ? { number: typed } : { ticketId }, why);
  };
  return (
    <Modal title={t('callTicketTitle')} onSubmit={submit} onClose={onClose} error={error}>
      <label className="field">
        {t('typeNumber')}
        <input
          data-autofocus
          className="text number-input"
          name="number"
          autoComplete="off"
          maxLength={12}
          value={number}
          onChange={(e) => {
            setNumber(e.target.value);
            setError(undefined);
          }}
        />
      </label>
      <label className="field">
        {t('orChooseTicket')}
        {queue.length === 0 ? (
          <span className="calm">{t('noneWaiting')}</span>
        ) : (
          <select
            name="ticket"
            size={Math.min(8, Math.max(2, queue.length))}
            value={ticketId}
            onChange={(e) => {
              setTicketId(e.target.value);
              setNumber('');
            }}
          >
            {queue.map((q) => (
              <option key={q.id} value={q.id}>
                {q.number} · {itemName(q.itemId)} · {formatDuration(now - q.issuedAt, lang)}
                {q.priority === 'priority' ? ` · ${t('priority')}` : ''}
              </option>
            ))}
          </select>
        )}
      </label>
      <label className="field">
        {t('callReason')}
        <input
          className="text"
          name="reason"
          list="call-reasons"
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
        />
        <datalist id="call-reasons">
          {PRESETS.map((p) => (
            <option key={p} value={ZH[p]} />
          ))}
        </datalist>
      </label>
    </Modal>
  );
}
