/**
 * The supervisor screen's top level: restore the session or sign in (only
 * supervisors and admins get past; the server checks every request again),
 * then the board. ?wall=1 is the director's office screen.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, createApi } from '@hallq/client';
import { MUTATION_DEFAULTS, QUERY_DEFAULTS } from '@hallq/client/react';
import type { StaffView } from '@hallq/protocol';
import { I18nProvider, useT } from '@hallq/ui';
import { Board } from './board';
import { dict, type DictKey } from './dict';
import { LoginScreen } from './login-screen';
import { ScoresScreen, useScoresRoute } from './scores-screen';
import { RollupScreen, useRollupRoute } from './rollup-screen';
import { useReportsRoute } from './report-route';
import { clearToken, isWall, loadToken, saveToken } from './session';

type Phase =
  | { kind: 'boot' }
  | { kind: 'offline' }
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
        <Supervisor onSignOut={() => queryClient.clear()} />
      </I18nProvider>
    </QueryClientProvider>
  );
}

/** The report pages and ECharts load on their first opening, not with the board. */
const ReportsScreen = lazy(() => import('./report-screen'));

const isManager = (s: StaffView) => s.role === 'admin' || s.role === 'supervisor';

function Supervisor({ onSignOut }: { onSignOut: () => void }) {
  const t = useT();
  const wall = useMemo(() => isWall(window.location.search), []);
  const token = useRef<string | undefined>(loadToken());
  const api = useMemo(() => createApi({ token: () => token.current }), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'boot' });
  const [attempt, setAttempt] = useState(0);
  const route = useScoresRoute();
  const rollupRoute = useRollupRoute();
  const reportsRoute = useReportsRoute();

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
      if (!token.current) return setPhase({ kind: 'login', message: undefined });
      try {
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
  }, [api, attempt]);

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
        onSignedIn={(reply) => {
          token.current = reply.token;
          if (!isManager(reply.staff)) {
            void api.logout().catch(() => undefined);
            return forget('notManager');
          }
          saveToken(reply.token);
          setPhase({ kind: 'in', staff: reply.staff, token: reply.token });
        }}
      />
    );
  }
  if (reportsRoute && !wall)
    return (
      <Suspense fallback={<p className="splash">{t('loading')}</p>}>
        <ReportsScreen api={api} token={phase.token} siteId={phase.staff.siteId} />
      </Suspense>
    );
  if (rollupRoute && !wall) return <RollupScreen api={api} />;
  if (route.view === 'scores' && !wall)
    return (
      <ScoresScreen
        api={api}
        token={phase.token}
        {...(route.alertId ? { alertId: route.alertId } : {})}
      />
    );
  return (
    <Board
      api={api}
      staff={phase.staff}
      token={phase.token}
      wall={wall}
      onSignOut={() => {
        void api.logout().catch(() => undefined);
        forget('signedOut');
      }}
      onAuthError={() => forget('sessionExpired')}
    />
  );
}
