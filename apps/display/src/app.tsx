/**
 * The display's root: find the device token (bridge, ?device=, storage),
 * load the catalogue, then show the hall screen or a window screen as the
 * address asks. Without a token a browser shows a pairing code for the
 * admin console (pairing-screen.tsx); the Electron shell, whose token is in
 * its own settings, says so plainly instead.
 */
import { useEffect, useMemo, useState } from 'react';
import { createApi, messageOf } from '@hallq/client';
import { useI18n } from '@hallq/ui';
import { browserConfigEnv, resolveDeviceConfig, type DeviceConfig } from './device-config';
import { HallScreen } from './hall-screen';
import { PairingScreen } from './pairing-screen';
import { parseScreenParams } from './screen-params';
import { StatusPage } from './status-page';
import { useCatalog } from './use-catalog';
import { WindowScreen } from './window-screen';

export function App() {
  const { t } = useI18n();
  const [config, setConfig] = useState<DeviceConfig>();
  const [configError, setConfigError] = useState<unknown>();
  useEffect(() => {
    resolveDeviceConfig(browserConfigEnv()).then(setConfig, setConfigError);
  }, []);
  if (configError) return <StatusPage message={t('setup.noToken')} />;
  if (!config) return <StatusPage message={t('loading')} />;
  if (!config.deviceToken) {
    if (!window.hallq)
      return <PairingScreen onPaired={(token) => setConfig({ ...config, deviceToken: token })} />;
    return <StatusPage message={t('setup.noToken')} hint={t('setup.noTokenHint')} />;
  }
  return <Display serverUrl={config.serverUrl} token={config.deviceToken} />;
}

function Display({ serverUrl, token }: { serverUrl: string; token: string }) {
  const { t, lang } = useI18n();
  const params = useMemo(() => parseScreenParams(window.location.search), []);
  const api = useMemo(
    () => createApi({ baseUrl: serverUrl, token: () => token }),
    [serverUrl, token],
  );
  const { catalog, error, reload } = useCatalog(api, params.siteId);

  useEffect(() => {
    document.title = catalog ? `${catalog.hall.name} · ${t('page.title')}` : t('page.title');
  }, [catalog, t]);

  if (!catalog) {
    return (
      <StatusPage
        message={error ? t('catalog.retry', { message: messageOf(error, lang) }) : t('loading')}
      />
    );
  }
  if (params.kind === 'window') {
    return (
      <WindowScreen
        serverUrl={serverUrl}
        token={token}
        siteId={params.siteId}
        windowNumber={params.windowNumber}
        catalog={catalog}
      />
    );
  }
  return (
    <HallScreen
      api={api}
      serverUrl={serverUrl}
      token={token}
      siteId={params.siteId}
      zone={params.zone}
      unitIds={params.unitIds}
      catalog={catalog}
      onNewDay={reload}
    />
  );
}
