/** Sign in with a supervisor or admin account (no window: the screen is not a counter). */
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
    <div className="login-page">
      <div className="login-lang">
        <LangToggle />
      </div>
      <form className="login" onSubmit={(e) => void submit(e)}>
        <h1>hallq · {t('appTitle')}</h1>
        <h2>{t('loginTitle')}</h2>
        {message && !error ? <p className="login-message">{message}</p> : null}
        <label className="field">
          <span>{t('username')}</span>
          <input
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('password')}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </div>
  );
}
