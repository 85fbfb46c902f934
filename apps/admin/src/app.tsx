/**
 * The console's top level: on a server with no admin yet, 首次设置
 * (setup-screen.tsx); else restore the manager's session or sign in, then
 * the sections. Only admins and supervisors get past the sign-in; the
 * server checks every request again.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, createApi } from '@hallq/client';
import { MUTATION_DEFAULTS, QUERY_DEFAULTS } from '@hallq/client/react';
import type { LoginReply, SetupStatusReply, StaffView } from '@hallq/protocol';
import { I18nProvider, useT } from '@hallq/ui';
import { createAdminApi } from './admin-api';
import { dict, type DictKey } from './dict';
import { LoginScreen } from './login-screen';
import { SetupScreen } from './setup-screen';
import { Shell } from './shell';
import { clearToken, loadToken, saveToken } from './session';

type Phase =
  | { kind: 'boot' }
  | { kind: 'offline' }
  | { kind: 'setup'; status: SetupStatusReply }
  | { kind: 'login'; message: DictKey | undefined }
  | { kind: 'in'; staff: StaffView; token: string };

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: QUERY_DEFAULTS, mutations: MUTATION_DEFAULTS },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider dict={dict}>
        <Admin onSignOut={() => queryClient.clear()} />
      </I18nProvider>
    </QueryClientProvider>
  );
}

const isManager = (s: StaffView) => s.role === 'admin' || s.role === 'supervisor';

function Admin({ onSignOut }: { onSignOut: () => void }) {
  const t = useT();
  const token = useRef<string | undefined>(loadToken());
  const api = useMemo(() => createApi({ token: () => token.current }), []);
  const admin = useMemo(() => createAdminApi('', () => token.current), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'boot' });
  const [attempt, setAttempt] = useState(0);

  const forget = (message: DictKey) => {
    token.current = undefined;
    clearToken();
    onSignOut();
    setPhase({ kind: 'login', message });
  };

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const boot = async () => {
      try {
        const setup = await admin.setupStatus();
        if (cancelled) return;
        if (setup.needed) return setPhase({ kind: 'setup', status: setup });
        if (!token.current) return setPhase({ kind: 'login', message: undefined });
        const me = await api.me();
        if (cancelled) return;
        if (me.kind === 'staff' && isManager(me.staff))
          setPhase({ kind: 'in', staff: me.staff, token: token.current });
        else forget('notManager');
      } catch (err) {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 401 || err.status === 403))
          forget('sessionExpired');
        else {
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
    // `forget` only writes state; the boot runs again on a retry.
  }, [api, admin, attempt]);

  const signedIn = (reply: LoginReply) => {
    if (!isManager(reply.staff)) {
      token.current = reply.token;
      void api.logout().catch(() => undefined);
      return forget('notManager');
    }
    token.current = reply.token;
    saveToken(reply.token);
    setPhase({ kind: 'in', staff: reply.staff, token: reply.token });
  };

  if (phase.kind === 'boot' || phase.kind === 'offline') {
    return (
      <div className="splash" role="status">
        <p>{phase.kind === 'offline' ? t('unreachable') : t('loading')}</p>
      </div>
    );
  }
  if (phase.kind === 'login') {
    return (
      <LoginScreen
        api={api}
        message={phase.message ? t(phase.message) : undefined}
        onSignedIn={signedIn}
      />
    );
  }
  if (phase.kind === 'setup') {
    return <SetupScreen api={api} admin={admin} status={phase.status} onSignedIn={signedIn} />;
  }
  return (
    <Shell
      ctx={{ api, admin, staff: phase.staff }}
      token={phase.token}
      onSignOut={() => {
        void api.logout().catch(() => undefined);
        forget('signedOut');
      }}
      onAuthError={() => forget('sessionExpired')}
    />
  );
}
