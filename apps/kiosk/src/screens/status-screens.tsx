/** The screens a visitor sees when the kiosk cannot serve: not set up, server down, loading. */
import { formatDuration, useI18n, useNow } from '@hallq/ui';

/**
 * No token, a token the server never accepted (`unauthorized`), or one it
 * accepted and then refused (`revoked`: an admin disabled this kiosk).
 */
export function SetupScreen({ refused }: { refused?: 'unauthorized' | 'revoked' | undefined }) {
  const { t } = useI18n();
  const title =
    refused === 'revoked'
      ? 'setup.revoked'
      : refused === 'unauthorized'
        ? 'setup.unauthorized'
        : 'setup.title';
  return (
    <main className="k-screen k-status" data-screen="setup" role="alert">
      <h1 className="k-status-title">{t(title)}</h1>
      <p>{t(refused === 'revoked' ? 'setup.revokedBody' : 'setup.body')}</p>
    </main>
  );
}

export function OutageScreen({ since }: { since: number | undefined }) {
  const { t, lang } = useI18n();
  const now = useNow(1_000);
  return (
    <main className="k-screen k-status k-outage" data-screen="outage" role="alert">
      <h1 className="k-status-title">{t('outage.title')}</h1>
      <p className="k-outage-body">{t('outage.body')}</p>
      <p>{t('outage.help')}</p>
      {since !== undefined && now - since >= 60_000 && (
        <p className="k-hint">
          {t('outage.since', { duration: formatDuration(now - since, lang) })}
        </p>
      )}
    </main>
  );
}

export function LoadingScreen() {
  const { t } = useI18n();
  return (
    <main className="k-screen k-status" data-screen="loading">
      <p className="k-status-title">{t('loading')}</p>
    </main>
  );
}
