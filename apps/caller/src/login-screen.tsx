/** Sign in and open a window: staff account, password, and the window (unless the terminal is bound). */
import { useState } from 'react';
import { messageOf, type HallqApi } from '@hallq/client';
import type { CatalogReply, LoginReply } from '@hallq/protocol';
import { LangToggle, useI18n } from '@hallq/ui';
import { LAST_WINDOW_KEY } from './session';

/** The window choice of an admin or supervisor who signs in without one. */
const NO_WINDOW = '-';

export function LoginScreen({
  api,
  catalog,
  boundWindowId,
  message,
  onSignedIn,
}: {
  api: HallqApi;
  catalog: CatalogReply;
  boundWindowId: string | undefined;
  /** Why the clerk is here (signed out, session ended…). */
  message: string | undefined;
  onSignedIn: (reply: LoginReply) => void;
}) {
  const { t, lang } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [windowId, setWindowId] = useState(
    boundWindowId ?? localStorage.getItem(LAST_WINDOW_KEY) ?? '',
  );
  const [error, setError] = useState<string>();
  const [working, setWorking] = useState(false);
  const windows = [...catalog.windows].sort((a, b) => a.number - b.number);
  const unitsOf = (ids: readonly string[]) =>
    ids.map((id) => catalog.units.find((u) => u.id === id)?.shortName ?? id).join('、');
  const bound = boundWindowId ? windows.find((w) => w.id === boundWindowId) : undefined;

  const submit = async () => {
    if (working) return;
    if (!username.trim() || !password || !windowId) return setError(t('needAll'));
    setWorking(true);
    setError(undefined);
    try {
      const none = windowId === NO_WINDOW;
      const reply = await api.login({
        username: username.trim(),
        password,
        ...(none ? {} : { windowId }),
      });
      if (!none) localStorage.setItem(LAST_WINDOW_KEY, windowId);
      onSignedIn(reply);
    } catch (err) {
      setError(messageOf(err, lang));
      setWorking(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LangToggle />
      </div>
      <form
        className="login"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h1>
          {catalog.hall.name}
          <small>{t('appTitle')}</small>
        </h1>
        <h2>{t('loginTitle')}</h2>
        {message && !error ? <p className="login-message">{message}</p> : null}
        <label className="field">
          {t('username')}
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {bound || boundWindowId ? (
          <p className="field bound">
            {t('boundWindow')}：
            <b>{bound ? `${bound.name} · ${unitsOf(bound.todayUnitIds)}` : boundWindowId}</b>
          </p>
        ) : (
          <label className="field">
            {t('window')}
            <select name="window" value={windowId} onChange={(e) => setWindowId(e.target.value)}>
              <option value="">{t('chooseWindow')}</option>
              <option value={NO_WINDOW}>{t('noWindow')}</option>
              {windows.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name} · {unitsOf(w.todayUnitIds.length ? w.todayUnitIds : w.unitIds)}
                </option>
              ))}
            </select>
          </label>
        )}
        {error ? (
          <p className="login-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={working}>
          {working ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </div>
  );
}
