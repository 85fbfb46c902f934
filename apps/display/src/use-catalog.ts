/**
 * The hall's catalogue (names, zones, today's rota, voice settings). It is
 * fetched before the feed starts (a limited screen must know its windows
 * before it announces anything), retried while the server is unreachable,
 * and fetched again when the business day changes (the rota is per weekday),
 * when an administrator changes the catalogue (catalog.changed, see
 * hall-screen.tsx), and every hour as a safety net.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CatalogReply } from '@hallq/protocol';
import type { HallqApi } from '@hallq/client';

const RETRY_MS = 3_000;
const HOURLY_MS = 60 * 60_000;

export function useCatalog(api: HallqApi, siteId: string | undefined) {
  const [catalog, setCatalog] = useState<CatalogReply>();
  const [error, setError] = useState<unknown>();
  const alive = useRef(true);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(async () => {
    clearTimeout(retry.current);
    try {
      const c = await api.catalog(siteId);
      if (!alive.current) return;
      setCatalog(c);
      setError(undefined);
    } catch (err) {
      if (!alive.current) return;
      setError(err);
      retry.current = setTimeout(() => void load(), RETRY_MS);
    }
  }, [api, siteId]);

  useEffect(() => {
    alive.current = true;
    void load();
    const hourly = setInterval(() => void load(), HOURLY_MS);
    return () => {
      alive.current = false;
      clearTimeout(retry.current);
      clearInterval(hourly);
    };
  }, [load]);

  return { catalog, error, reload: load };
}
