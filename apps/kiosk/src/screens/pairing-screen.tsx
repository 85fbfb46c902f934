/**
 * A kiosk opened in a browser without a device token: it says it is not
 * set up and shows a six-digit pairing code; an admin enters the code in
 * the console (设备 → 配对) and the kiosk keeps its new token (as one given
 * by ?device=) and starts, with nobody typing a token.
 */
import { useCallback, useMemo } from 'react';
import { createApi } from '@hallq/client';
import { usePairing } from '@hallq/client/react';
import { useT } from '@hallq/ui';
import { TOKEN_STORAGE_KEY } from '../device-config';

export function PairingScreen({
  serverUrl,
  onPaired,
}: {
  serverUrl: string;
  onPaired: (token: string) => void;
}) {
  const t = useT();
  const api = useMemo(() => createApi({ baseUrl: serverUrl }), [serverUrl]);
  const paired = useCallback(
    (token: string) => {
      try {
        localStorage.setItem(TOKEN_STORAGE_KEY, token);
      } catch {
        // Storage may be disabled; the token still works for this page's life.
      }
      onPaired(token);
    },
    [onPaired],
  );
  const state = usePairing(api, paired);
  return (
    <main className="k-screen k-status" data-screen="setup" role="alert">
      <h1 className="k-status-title">{t('setup.title')}</h1>
      {state.phase === 'waiting' ? (
        <>
          <p>{t('pair.code')}</p>
          <p className="k-pair-code" data-testid="pairing-code">
            {`${state.code.slice(0, 3)} ${state.code.slice(3)}`}
          </p>
          <p>{t('pair.hint')}</p>
        </>
      ) : (
        <p>{state.phase === 'offline' ? t('pair.offline') : t('setup.body')}</p>
      )}
    </main>
  );
}
