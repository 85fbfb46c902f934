/**
 * The agent page's top level: restore the session or sign in (only a
 * village agent gets past; the server checks every request again), then the
 * page: register a 代办, and the agent's own 代办, live.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, createApi } from '@hallq/client';
import type { StaffView } from '@hallq/protocol';
import { LangToggle, useT } from '@hallq/ui';
import { AgentHome } from './agent-home';
import { LoginScreen } from './login-screen';
import { clearToken, loadToken, saveToken } from './session';

type Phase =
  | { kind: 'boot' }
  | { kind: 'offline' }
  | { kind: 'login'; message: 'notAgent' | 'sessionExpired' | undefined }
  | { kind: 'in'; staff: StaffView; token: string };

export function App() {
  const t = useT();
  const token = useRef<string | undefined>(loadToken());
  const api = useMemo(() => createApi({ token: () => token.current }), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'boot' });
  const [attempt, setAttempt] = useState(0);

  const forget = (message: 'notAgent' | 'sessionExpired' | undefined) => {
    token.current = undefined;
    clearToken();
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
        if (me.kind === 'staff' && me.staff.role === 'agent')
          setPhase({ kind: 'in', staff: me.staff, token: token.current });
        else forget('notAgent');
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
  }, [api, attempt]);

  if (phase.kind === 'boot') return <p className="agent-wait">{t('loading')}</p>;
  if (phase.kind === 'offline') return <p className="agent-wait">{t('offline')}</p>;
  if (phase.kind === 'login')
    return (
      <LoginScreen
        api={api}
        message={phase.message ? t(phase.message) : undefined}
        onSignedIn={(reply) => {
          if (reply.staff.role !== 'agent') {
            token.current = reply.token;
            void api.logout().finally(() => forget('notAgent'));
            return;
          }
          token.current = reply.token;
          saveToken(reply.token);
          setPhase({ kind: 'in', staff: reply.staff, token: reply.token });
        }}
      />
    );
  return (
    <div className="agent-page">
      <header className="agent-head">
        <h1>{t('title')}</h1>
        <span className="agent-who">{phase.staff.name}</span>
        <LangToggle />
        <button
          type="button"
          className="agent-link"
          onClick={() => void api.logout().finally(() => forget(undefined))}
        >
          {t('signOut')}
        </button>
      </header>
      <AgentHome api={api} staff={phase.staff} token={phase.token} />
    </div>
  );
}
