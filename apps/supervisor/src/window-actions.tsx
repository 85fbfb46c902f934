/**
 * The supervisor's actions on a window, in its side panel: 签退 a window
 * its clerk left (after a confirmation), and 改派 its visitor to another
 * window that is open and free. The hall view (the feed) shows the result;
 * a refusal shows the server's coded message.
 */
import { useState } from 'react';
import { messageOf } from '@hallq/client';
import type { WindowStateView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import type { WindowActionsApi } from './window-actions-api';
import './actions.css';

/** Windows open, holding nobody, other than `exceptId`, by number. */
export function freeWindows(windows: readonly WindowStateView[], exceptId: string) {
  return windows
    .filter((w) => w.id !== exceptId && w.status === 'open' && !w.current)
    .sort((a, b) => a.number - b.number);
}

export function WindowActions({
  api,
  win,
  windows,
}: {
  api: WindowActionsApi;
  win: WindowStateView;
  windows: readonly WindowStateView[];
}) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const free = freeWindows(windows, win.id);
  const [target, setTarget] = useState<string>();
  const chosen = free.find((w) => w.id === target) ?? free[0];
  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
      setMessage({ ok: true, text: done });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err, lang) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section className="sv-actions" aria-label={t('actionsTitle')}>
      <h3>{t('actionsTitle')}</h3>
      {win.current ? (
        <div className="sv-action">
          <span>{t('actionsHolds', { number: win.current.number })}</span>
          {chosen ? (
            <>
              <select
                aria-label={t('actionsTarget')}
                value={chosen.id}
                onChange={(e) => setTarget(e.target.value)}
              >
                {free.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                    {w.staff ? `（${w.staff.name}）` : ''}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="sv-button"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => api.callTo(win.current!.id, chosen.id),
                    t('actionsCalled', { number: win.current!.number, window: chosen.name }),
                  )
                }
              >
                {t('actionsCallTo')}
              </button>
            </>
          ) : (
            <span className="sv-muted">{t('actionsNoFree')}</span>
          )}
        </div>
      ) : null}
      {win.status !== 'signedOut' ? (
        <div className="sv-action">
          {confirming ? (
            <>
              <span>
                {t('actionsConfirmSignOut', { window: win.name, clerk: win.staff?.name ?? '' })}
              </span>
              <button
                type="button"
                className="sv-button"
                disabled={busy}
                onClick={() =>
                  void run(() => api.signOut(win.id), t('actionsSignedOut', { window: win.name }))
                }
              >
                {t('actionsConfirm')}
              </button>
              <button type="button" className="sv-button" onClick={() => setConfirming(false)}>
                {t('ackCancel')}
              </button>
            </>
          ) : (
            <button type="button" className="sv-button" onClick={() => setConfirming(true)}>
              {t('actionsSignOut')}
            </button>
          )}
        </div>
      ) : null}
      {message ? (
        <p
          className={message.ok ? 'sv-muted' : 'sv-action-error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
