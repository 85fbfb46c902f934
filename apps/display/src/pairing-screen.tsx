/**
 * A display opened in a browser without a device token shows a six-digit
 * pairing code; once an admin enters it in the console, the display keeps
 * its new token (like one given as ?device=) and starts, without a reload.
 */
import { useCallback, useMemo } from 'react';
import { createApi } from '@hallq/client';
import { usePairing } from '@hallq/client/react';
import { useT } from '@hallq/ui';
import { TOKEN_KEY } from './device-config';

/** 123456 → "123 456": easier to read across a hall and to type. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function PairingScreen({
  onPaired,
  pollMs,
}: {
  onPaired: (token: string) => void;
  /** How often to ask whether the code was bound (tests ask quickly). */
  pollMs?: number;
}) {
  const t = useT();
  const api = useMemo(() => createApi(), []);
  const paired = useCallback(
    (token: string) => {
      try {
        localStorage.setItem(TOKEN_KEY, token);
      } catch {
        // Storage may be disabled: the token still works until the page is closed.
      }
      onPaired(token);
    },
    [onPaired],
  );
  const state = usePairing(api, paired, pollMs);
  return (
    <div className="hq-d-status-page hq-d-pairing" role="status">
      <p className="hq-d-status-message">{t('pair.title')}</p>
      {state.phase === 'waiting' ? (
        <>
          <p className="hq-d-pair-label">{t('pair.code')}</p>
          <p className="hq-d-pair-code" data-testid="pairing-code">
            {spacedCode(state.code)}
          </p>
          <p className="hq-d-status-hint">{t('pair.hint')}</p>
        </>
      ) : (
        <p className="hq-d-status-hint">
          {state.phase === 'offline' ? t('pair.offline') : t('pair.starting')}
        </p>
      )}
    </div>
  );
}
