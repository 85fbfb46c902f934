/**
 * 确认 an alert: a note of what was done, sent as typed; the server says
 * whether it will do (a missing note, an alert acknowledged by someone else
 * or gone are its coded refusals, shown here as it words them).
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, messageOf, type HallqApi } from '@hallq/client';
import type { AlertView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { KEYS } from './live-keys';

export function AckForm({ api, alertId }: { api: HallqApi; alertId: string }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ack = useMutation({
    mutationFn: () => api.ackAlert(alertId, note.trim()),
    onSuccess: ({ alert }) => {
      // Show it acknowledged at once; the feed's event reads the list again.
      client.setQueryData<AlertView[]>(KEYS.alerts, (list) =>
        list?.map((a) => (a.id === alert.id ? alert : a)),
      );
      setOpen(false);
    },
  });

  if (!open) {
    return (
      <button type="button" className="sv-button sv-ack" onClick={() => setOpen(true)}>
        {t('acknowledge')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ack.mutate();
  };
  const error = ack.error;
  return (
    <form className="sv-ack-form" onSubmit={submit}>
      <label>
        <span>{t('ackNote')}</span>
        <textarea
          value={note}
          rows={2}
          maxLength={500}
          autoFocus
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {messageOf(error, lang)}
          {error instanceof ApiError ? <code> {error.code}</code> : null}
        </p>
      ) : null}
      <div className="sv-ack-actions">
        <button type="submit" className="sv-button primary" disabled={ack.isPending}>
          {t('ackSubmit')}
        </button>
        <button type="button" className="sv-button" onClick={() => setOpen(false)}>
          {t('ackCancel')}
        </button>
      </div>
    </form>
  );
}
