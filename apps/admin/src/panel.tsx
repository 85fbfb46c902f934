/**
 * The editing panel beside a list: a form for one entry (or a new one).
 * Closing it with unsaved changes asks first.
 */
import type { ReactNode } from 'react';
import { useT } from '@hallq/ui';
import { confirmLeave } from './unsaved-guard';

export function Panel({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <aside className="panel" aria-label={title}>
      <header>
        <h2>{title}</h2>
        <button
          type="button"
          className="ghost"
          onClick={() => confirmLeave(t('unsavedLeave')) && onClose()}
        >
          {t('close')}
        </button>
      </header>
      {children}
    </aside>
  );
}

/** The save row of a form: the whole-form error (if any), a saved note, the button. */
export function SaveBar({
  busy,
  dirty,
  saved,
  error,
  label,
}: {
  busy: boolean;
  dirty: boolean;
  saved: boolean;
  error: string | undefined;
  label?: string;
}) {
  const t = useT();
  return (
    <div className="save-bar">
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : dirty ? (
        <p className="unsaved-note">{t('unsaved')}</p>
      ) : saved ? (
        <p className="saved-note" role="status">
          {t('saved')}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('saving') : (label ?? t('save'))}
      </button>
    </div>
  );
}

/** `<input type=number>` values for react-hook-form: '' is "not set". */
export const numberOrNull = (v: unknown) => (v === '' || v == null ? null : Number(v));
export const numberOrUndefined = (v: unknown) => (v === '' || v == null ? undefined : Number(v));
