/** The kiosk page: resolves its device configuration, then runs the kiosk in zh-CN (en on request). */
import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@hallq/ui';
import { KIOSK_DICTIONARY } from './dictionary';
import type { DeviceConfig } from './device-config';
import type { KioskOptions } from './kiosk-options';
import { Kiosk } from './kiosk';
import { LoadingScreen, SetupScreen } from './screens/status-screens';
import { PairingScreen } from './screens/pairing-screen';
import { createQueryClient } from './query-client';

export function KioskApp({
  loadConfig,
  options,
}: {
  loadConfig: () => Promise<DeviceConfig>;
  options: KioskOptions;
}) {
  const [config, setConfig] = useState<DeviceConfig | 'failed'>();
  // The kiosk's one QueryClient: health, catalogue and printer reads (src/hooks).
  const [queryClient] = useState(createQueryClient);
  useEffect(() => {
    let live = true;
    loadConfig()
      .then((c) => live && setConfig(c))
      .catch(() => live && setConfig('failed'));
    return () => {
      live = false;
    };
  }, [loadConfig]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider dict={KIOSK_DICTIONARY}>
        {config === undefined ? (
          <div className="kiosk">
            <LoadingScreen />
          </div>
        ) : config === 'failed' ? (
          <div className="kiosk">
            <SetupScreen />
          </div>
        ) : !config.deviceToken && !config.bridge ? (
          // A browser without a token pairs itself with the admin console.
          <div className="kiosk">
            <PairingScreen
              serverUrl={config.serverUrl}
              onPaired={(token) => setConfig({ ...config, deviceToken: token })}
            />
          </div>
        ) : (
          <Kiosk config={config} options={options} />
        )}
      </I18nProvider>
    </QueryClientProvider>
  );
}
