/**
 * The pad's root: its token (or a pairing code to get one), then its
 * window (GET /ratings/pad), the catalogue (item and unit names) and the
 * hall feed (the clerk at the window, and each 办结 there), then the pad.
 */
import { useEffect, useMemo, useState } from 'react';
import { createApi, messageOf } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import type { CatalogReply, RaterPadReply } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { deviceToken } from './device-token';
import { RaterPad } from './rater-pad';
import { PairingScreen } from './pairing-screen';

export function App() {
  const [token, setToken] = useState(deviceToken);
  // Without a token the pad shows a pairing code for the admin console.
  if (!token) return <PairingScreen onPaired={setToken} />;
  return <Connected token={token} />;
}

function Connected({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const api = useMemo(() => createApi({ token: () => token }), [token]);
  const [pad, setPad] = useState<RaterPadReply>();
  const [catalog, setCatalog] = useState<CatalogReply>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let alive = true;
    Promise.all([api.ratingPad(), api.catalog()]).then(
      ([p, c]) => {
        if (!alive) return;
        setPad(p);
        setCatalog(c);
      },
      (err: unknown) => alive && setError(err),
    );
    return () => {
      alive = false;
    };
  }, [api]);
  useEffect(() => {
    document.title = t('page.title');
  }, [t]);
  const feed = useHallFeed(pad ? { token, siteId: pad.siteId } : undefined);
  if (error) return <Status message={messageOf(error, lang)} />;
  if (!pad || !catalog) return <Status message={t('loading')} />;
  return <RaterPad api={api} pad={pad} catalog={catalog} feed={feed} />;
}

function Status({ message, hint }: { message: string; hint?: string }) {
  return (
    <main className="rater-status">
      <p>{message}</p>
      {hint && <p className="rater-hint">{hint}</p>}
    </main>
  );
}
