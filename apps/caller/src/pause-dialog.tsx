/**
 * 暂停: the clerk picks a reason (午休, 临时离开…) and, optionally, when they
 * expect to be back; the window screen shows 暂停服务，预计 14:30 恢复.
 */
import { useState } from 'react';
import { useT } from '@hallq/ui';
import { Modal } from './modal';

const PRESETS = ['reasonLunch', 'reasonAway', 'reasonMeeting'] as const;

export function PauseDialog({
  onSubmit,
  onClose,
}: {
  onSubmit: (reason: string, until?: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<string>(PRESETS[0]);
  const [other, setOther] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string>();
  const submit = () => {
    // The reason is stored in zh-CN: it is what the hall screen shows.
    const reason = choice === 'other' ? other.trim() : (ZH_REASON[choice] ?? choice);
    if (!reason) return setError(t('reasonOtherText'));
    if (until && !/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(until))
      return setError(t('pauseUntilBad'));
    if (until) onSubmit(reason.slice(0, 64), until);
    else onSubmit(reason.slice(0, 64));
  };
  return (
    <Modal title={t('pauseTitle')} onSubmit={submit} onClose={onClose} error={error}>
      <fieldset className="choices">
        <legend>{t('pauseReason')}</legend>
        {[...PRESETS, 'other' as const].map((k, i) => (
          <label key={k}>
            <input
              type="radio"
              name="pause-reason"
              value={k}
              checked={choice === k}
              onChange={() => setChoice(k)}
              {...(i === 0 ? { 'data-autofocus': true } : {})}
            />
            {t(k === 'other' ? 'reasonOther' : k)}
          </label>
        ))}
      </fieldset>
      {choice === 'other' ? (
        <input
          className="text"
          aria-label={t('reasonOtherText')}
          placeholder={t('reasonOtherText')}
          value={other}
          maxLength={64}
          onChange={(e) => setOther(e.target.value)}
          autoFocus
        />
      ) : null}
      <label className="field">
        {t('pauseUntil')}
        <input
          className="text"
          type="time"
          name="until"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
        />
      </label>
    </Modal>
  );
}

const ZH_REASON: Record<string, string> = {
  reasonLunch: '午休',
  reasonAway: '临时离开',
  reasonMeeting: '业务培训',
};
