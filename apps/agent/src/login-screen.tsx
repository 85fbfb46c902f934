/** Sign in with a village agent's account (no window: the agent sits at no counter). */
import { useState, type FormEvent } from 'react';
import { messageOf, type HallqApi } from '@hallq/client';
import type { LoginReply } from '@hallq/protocol';
import { LangToggle, useI18n } from '@hallq/ui';

export function LoginScreen({
  api,
  message,
  onSignedIn,
}: {
  api: HallqApi;
  message: string | undefined;
  onSignedIn: (reply: LoginReply) => void;
}) {
  const { t, lang } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      onSignedIn(await api.login({ username: username.trim(), password }));
    } catch (err) {
      setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="agent-login">
      <div className="agent-lang">
        <LangToggle />
      </div>
      <form className="agent-card" onSubmit={(e) => void submit(e)}>
        <h1>hallq · {t('title')}</h1>
        <h2>{t('loginTitle')}</h2>
        {message && !error ? <p className="agent-message">{message}</p> : null}
        <label className="agent-field">
          <span>{t('username')}</span>
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="agent-field">
          <span>{t('password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error ? (
          <p className="agent-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="agent-primary" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </div>
  );
}
