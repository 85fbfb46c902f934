/** Sign in with a supervisor or admin account (no window: the screen is not a counter). */
import { messageOf, type HallqApi } from '@hallq/client';
import type { LoginReply } from '@hallq/protocol';
import { SignInForm, useI18n } from '@hallq/ui';

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
  return (
    <SignInForm
      title={t('appTitle')}
      heading={t('loginTitle')}
      message={message}
      labels={{
        username: t('username'),
        password: t('password'),
        signIn: t('signIn'),
        signingIn: t('signingIn'),
      }}
      signIn={async (username, password) => onSignedIn(await api.login({ username, password }))}
      errorText={(err) => messageOf(err, lang)}
    />
  );
}
