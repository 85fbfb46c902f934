/**
 * A keyboard-first dialog: focus moves into it on open and back on close,
 * Tab stays inside, Escape cancels, Enter confirms (except on a button, which
 * acts itself). Hand-written because it is ~50 lines and the app ships no UI
 * library; native <dialog> would also do, but happy-dom (unit tests) lacks it.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '@hallq/ui';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), button:not([disabled]), textarea';

export function Modal({
  title,
  children,
  error,
  submitLabel,
  focusSubmit,
  onSubmit,
  onClose,
}: {
  title: string;
  children: ReactNode;
  error?: string | undefined;
  submitLabel?: string;
  /** A confirmation with no field: focus its confirm button, so Enter confirms. */
  focusSubmit?: boolean;
  onSubmit: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => before?.focus?.();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && target.tagName !== 'BUTTON' && target.tagName !== 'TEXTAREA') {
      // Our own Enter handling, so radios and list boxes confirm too and a text field does not submit twice.
      e.preventDefault();
      onSubmit();
    } else if (e.key === 'Tab' && ref.current) {
      const all = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = all[0];
      const last = all[all.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div className="modal-backdrop">
      <form
        ref={ref}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {error ? (
          <p className="modal-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>
            {t('cancel')} <kbd>Esc</kbd>
          </button>
          <button
            type="submit"
            className="primary"
            {...(focusSubmit ? { 'data-autofocus': true } : {})}
          >
            {submitLabel ?? t('confirm')} <kbd>Enter</kbd>
          </button>
        </div>
      </form>
    </div>
  );
}
