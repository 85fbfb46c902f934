/** Sign in with an admin or supervisor account (no window: the console is not a counter). */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import type { HallqApi } from '@hallq/client';
import { LoginBody, type LoginReply } from '@hallq/protocol';
import { LangToggle, useI18n } from '@hallq/ui';
import { Field, applyServerError } from './field';

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
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<LoginBody>({
    resolver: typeboxResolver(LoginBody),
    defaultValues: { username: '', password: '' },
  });
  const submit = handleSubmit(async (body) => {
    setFormError(undefined);
    try {
      onSignedIn(await api.login({ username: body.username.trim(), password: body.password }));
    } catch (err) {
      setFormError(applyServerError(err, [], setError, lang));
    }
  });

  return (
    <div className="login-page">
      <div className="login-lang">
        <LangToggle />
      </div>
      <form className="login" onSubmit={(e) => void submit(e)} noValidate>
        <h1>hallq · {t('appTitle')}</h1>
        <h2>{t('loginTitle')}</h2>
        {message && !formError ? <p className="login-message">{message}</p> : null}
        <Field label={t('username')} error={formState.errors.username}>
          <input autoComplete="username" autoFocus {...register('username')} />
        </Field>
        <Field label={t('password')} error={formState.errors.password}>
          <input type="password" autoComplete="current-password" {...register('password')} />
        </Field>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </div>
  );
}
