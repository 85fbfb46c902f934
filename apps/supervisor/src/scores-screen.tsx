/**
 * The 绩效考评 screen as the app shows it: the page the address names
 * (#scores), with the site's zone from the catalogue and this month by the
 * server's clock (the `at` of GET /supervision, not the device's).
 * `useScoresRoute` follows the address, so the browser's back button leaves
 * the page.
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import { useT } from '@hallq/ui';
import { KEYS } from './live-keys';
import { createScoresApi } from './scores-api';
import { ScoresPage } from './scores-page';
import { routeOf, type ScoresRoute } from './scores-view';

export function useScoresRoute(): ScoresRoute {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return routeOf(hash);
}

export function ScoresScreen({
  api,
  token,
  alertId,
}: {
  api: HallqApi;
  token: string;
  alertId?: string;
}) {
  const t = useT();
  const scoresApi = useMemo(() => createScoresApi(() => token), [token]);
  const catalog = useQuery({ queryKey: KEYS.catalog, queryFn: () => api.catalog() });
  // The server's time, so a device with a wrong date still opens on the hall's month.
  const serverNow = useQuery({
    queryKey: ['scores-now'],
    queryFn: async () => (await api.supervision()).at,
    staleTime: Infinity,
  });
  const [deviceNow] = useState(() => Date.now());
  const now = serverNow.data ?? deviceNow;
  if (!catalog.data || serverNow.isPending) {
    return (
      <div className="splash" role="status">
        <p>{catalog.isError ? t('unreachable') : t('loading')}</p>
      </div>
    );
  }
  return (
    <ScoresPage
      api={scoresApi}
      timeZone={catalog.data.hall.timeZone}
      now={now}
      {...(alertId ? { alertId } : {})}
      onBack={() => {
        window.location.hash = '';
      }}
    />
  );
}
