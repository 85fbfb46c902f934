/** The hall's catalogue (units, items with today's quota, today's rota), reloaded now and then. */
import { useRef, useState } from 'react';
import type { HallqApi } from '@hallq/client';
import type { CatalogReply } from '@hallq/protocol';
import { usePoll } from './use-poll';

export function useCatalog(
  api: Pick<HallqApi, 'catalog'> | undefined,
  everyMs: number,
): { catalog: CatalogReply | undefined; error: unknown; reload: () => void } {
  const [catalog, setCatalog] = useState<CatalogReply>();
  const [error, setError] = useState<unknown>();
  const loaded = useRef(false);
  const reload = usePoll(
    async () => {
      if (!api) return;
      try {
        setCatalog(await api.catalog());
        setError(undefined);
        loaded.current = true;
      } catch (err) {
        // Keep the last good catalogue: an outage shows its own screen.
        setError(err);
      }
      // Nothing to show yet: try again soon rather than leave 正在加载 up for a minute.
      return loaded.current ? everyMs : Math.min(everyMs, 2_000);
    },
    everyMs,
    api !== undefined,
  );
  return { catalog, error, reload };
}
