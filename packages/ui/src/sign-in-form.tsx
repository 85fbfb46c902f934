/**
 * A staff sign-in without a window (the supervisor's screen, the village
 * agent's page): username, password, the server's refusal beside the form.
 * Each app brings its words and, where its stylesheet names them otherwise,
 * its class names; `signIn` throws what the server refused.
 */
import { useState, type FormEvent } from 'react';
import { LangToggle } from './i18n';

export interface SignInFormProps {
  /** The app's name, after "hallq · ". */
  title: string;
  heading: string;
  /** Why the screen is here again (signed out, session ended), until the next error. */
  message?: string | undefined;
  labels: { username: string; password: string; signIn: string; signingIn: string };
  signIn: (username: string, password: string) => Promise<void>;
  /** The refusal as the visitor's language says it. */
  errorText: (err: unknown) => string;
  classes?: Partial<Record<SignInPart, string>>;
}

export type SignInPart = 'page' | 'lang' | 'form' | 'message' | 'field' | 'error' | 'submit';

const CLASSES: Record<SignInPart, string> = {
  page: 'login-page',
  lang: 'login-lang',
  form: 'login',
  message: 'login-message',
  field: 'field',
  error: 'form-error',
  submit: 'primary',
};

export function SignInForm(props: SignInFormProps) {
  const { title, heading, message, labels, signIn, errorText } = props;
  const cls = { ...CLASSES, ...props.classes };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={cls.page}>
      <div className={cls.lang}>
        <LangToggle />
      </div>
      <form className={cls.form} onSubmit={(e) => void submit(e)}>
        <h1>hallq · {title}</h1>
        <h2>{heading}</h2>
        {message && !error ? <p className={cls.message}>{message}</p> : null}
        <label className={cls.field}>
          <span>{labels.username}</span>
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className={cls.field}>
          <span>{labels.password}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error ? (
          <p className={cls.error} role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className={cls.submit} disabled={busy}>
          {busy ? labels.signingIn : labels.signIn}
        </button>
      </form>
    </div>
  );
}
