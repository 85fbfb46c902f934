/**
 * A pad opened without a device token shows a six-digit pairing code; once
 * an admin pairs it in the console as a 评价器 for its window, the pad keeps
 * its new token (as one given as ?device=) and starts, without a reload.
 */
import { useCallback, useMemo } from 'react';
import { createApi } from '@hallq/client';
import { usePairing } from '@hallq/client/react';
import { useT } from '@hallq/ui';
import { TOKEN_KEY } from './device-token';

/** 123456 → "123 456": easier to read and to type. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function PairingScreen({ onPaired }: { onPaired: (token: string) => void }) {
  const t = useT();
  const api = useMemo(() => createApi(), []);
  const paired = useCallback(
    (token: string) => {
      try {
        window.localStorage.setItem(TOKEN_KEY, token);
      } catch {
        // Storage may be disabled: the token still works until the page is closed.
      }
      onPaired(token);
    },
    [onPaired],
  );
  const state = usePairing(api, paired);
  return (
    <main className="rater-status" role="status">
      <p>{t('setup.noToken')}</p>
      {state.phase === 'waiting' ? (
        <>
          <p className="rater-hint">{t('pair.code')}</p>
          <p className="rater-pair-code" data-testid="pairing-code">
            {spaced(state.code)}
          </p>
          <p className="rater-hint">{t('pair.hint')}</p>
        </>
      ) : (
        <p className="rater-hint">{state.phase === 'offline' ? t('pair.offline') : t('loading')}</p>
      )}
    </main>
  );
}
