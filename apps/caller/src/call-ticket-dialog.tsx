/** 选号呼叫: call one waiting ticket out of order; the reason goes into the record. */
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
  onSubmit: (ticketId: string, reason: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [ticketId, setTicketId] = useState(queue[0]?.id ?? '');
  const [reason, setReason] = useState<string>(ZH[PRESETS[0]]);
  const [error, setError] = useState<string>();
  const submit = () => {
    if (!ticketId || !reason.trim()) return setError(t('callTicketNeed'));
    onSubmit(ticketId, reason.trim().slice(0, 200));
  };
  return (
    <Modal title={t('callTicketTitle')} onSubmit={submit} onClose={onClose} error={error}>
      {queue.length === 0 ? <p className="calm">{t('noneWaiting')}</p> : null}
      <label className="field">
        {t('chooseTicket')}
        <select
          data-autofocus
          name="ticket"
          size={Math.min(8, Math.max(2, queue.length))}
          value={ticketId}
          onChange={(e) => setTicketId(e.target.value)}
        >
          {queue.map((q) => (
            <option key={q.id} value={q.id}>
              {q.number} · {itemName(q.itemId)} · {formatDuration(now - q.issuedAt, lang)}
              {q.priority === 'priority' ? ` · ${t('priority')}` : ''}
            </option>
          ))}
        </select>
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
