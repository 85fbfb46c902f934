/**
 * The caller's top level: find the server, restore the clerk's session if it
 * still holds its window, else show the sign-in. No path routing: the
 * server serves one page at /caller/.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ApiError, createApi, type HallqApi } from '@hallq/client';
import { createQueryClient } from './query-client';
import type { CatalogReply, StaffView } from '@hallq/protocol';
import { I18nProvider, useT } from '@hallq/ui';
import { dict, type DictKey } from './dict';
import { LoginScreen } from './login-screen';
import { ManagerHome } from './manager-home';
import { resolveConfig, type CallerConfig } from './server-config';
import { clearToken, loadToken, saveToken } from './session';
import { Workbench } from './workbench';

type Phase =
  | { kind: 'boot' }
  | { kind: 'offline' }
  | { kind: 'login'; message: DictKey | undefined }
  | { kind: 'work'; staff: StaffView; windowId: string; token: string }
  /** An admin or supervisor signed in without a window (issue 16). */
  | { kind: 'manage'; staff: StaffView };

export function App() {
  // The caller's one QueryClient (the window's reads, see use-window-data.ts).
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider dict={dict}>
        <Caller />
      </I18nProvider>
    </QueryClientProvider>
  );
}

function Caller() {
  const t = useT();
  const [config, setConfig] = useState<CallerConfig>();
  const [catalog, setCatalog] = useState<CatalogReply>();
  const [phase, setPhase] = useState<Phase>({ kind: 'boot' });
  const token = useRef<string | undefined>(loadToken());
  const api = useMemo<HallqApi | undefined>(
    () =>
      config ? createApi({ baseUrl: config.serverUrl, token: () => token.current }) : undefined,
    [config],
  );

  useEffect(() => {
    void resolveConfig().then(setConfig);
  }, []);

  // Boot: catalogue, then the stored session. Offline: keep trying, calmly.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const boot = async () => {
      try {
        const cat = await api.catalog();
        if (cancelled) return;
        setCatalog(cat);
        if (!token.current) return setPhase({ kind: 'login', message: undefined });
        const me = await api.me();
        if (cancelled) return;
        if (me.kind === 'staff' && me.staff.windowId) {
          setPhase({
            kind: 'work',
            staff: me.staff,
            windowId: me.staff.windowId,
            token: token.current,
          });
        } else if (me.kind === 'staff' && me.staff.role !== 'clerk') {
          setPhase({ kind: 'manage', staff: me.staff });
        } else {
          forget();
          setPhase({ kind: 'login', message: 'windowClosedElsewhere' });
        }
      } catch (err) {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
          forget();
          setPhase({ kind: 'login', message: 'sessionExpired' });
        } else {
          setPhase({ kind: 'offline' });
          timer = setTimeout(() => setAttempt((n) => n + 1), 3_000);
        }
      }
    };
    void boot();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, attempt]);

  const forget = () => {
    token.current = undefined;
    clearToken();
  };
  const exit = useCallback((message: DictKey) => {
    forget();
    setPhase({ kind: 'login', message });
  }, []);

  if (phase.kind === 'offline' || !api || !catalog || phase.kind === 'boot') {
    return (
      <div className="splash" role="status">
        <p>{phase.kind === 'offline' ? t('unreachable') : t('loading')}</p>
        {phase.kind === 'offline' ? (
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('retryNow')}
          </button>
        ) : null}
      </div>
    );
  }
  if (phase.kind === 'login') {
    return (
      <LoginScreen
        api={api}
        catalog={catalog}
        boundWindowId={config?.boundWindowId}
        message={phase.message ? t(phase.message) : undefined}
        onSignedIn={(reply) => {
          token.current = reply.token;
          saveToken(reply.token);
          const windowId = reply.staff.windowId;
          if (windowId)
            setPhase({ kind: 'work', staff: reply.staff, windowId, token: reply.token });
          else if (reply.staff.role !== 'clerk') setPhase({ kind: 'manage', staff: reply.staff });
          else {
            // Without a window the caller has nothing for a clerk.
            void api.logout().catch(() => undefined);
            forget();
            setPhase({ kind: 'login', message: 'clerkNeedsWindow' });
          }
        }}
      />
    );
  }
  if (phase.kind === 'manage') {
    return (
      <ManagerHome
        api={api}
        catalog={catalog}
        staff={phase.staff}
        onSignOut={() => exit('signedOut')}
      />
    );
  }
  return (
    <Workbench
      key={phase.token}
      api={api}
      serverUrl={config?.serverUrl ?? ''}
      token={phase.token}
      catalog={catalog}
      staff={phase.staff}
      windowId={phase.windowId}
      onExit={exit}
      onCatalogChanged={() => void api.catalog().then(setCatalog, () => undefined)}
    />
  );
}
