/** The hall's catalogue (units, items with today's quota, today's rota), reloaded now and then. */
import { useState } from 'react';
import type { HallqApi } from '@hallq/client';
import type { CatalogReply } from '@hallq/protocol';
import { usePoll } from './use-poll';

export function useCatalog(
  api: Pick<HallqApi, 'catalog'> | undefined,
  everyMs: number,
): { catalog: CatalogReply | undefined; error: unknown; reload: () => void } {
  const [catalog, setCatalog] = useState<CatalogReply>();
  const [error, setError] = useState<unknown>();
  const reload = usePoll(
    async () => {
      if (!api) return;
      try {
        setCatalog(await api.catalog());
        setError(undefined);
      } catch (err) {
        // Keep the last good catalogue: an outage shows its own screen.
        setError(err);
      }
    },
    everyMs,
    api !== undefined,
  );
  return { catalog, error, reload };
}
