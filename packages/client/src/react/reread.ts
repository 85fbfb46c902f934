/**
 * Hall events as invalidation signals: "what you read before this may be
 * old, read it again". A read already in flight was asked before the event
 * and may miss it, so it is cancelled (its answer dropped) and asked again;
 * a slow old answer can then never land after a newer one.
 *
 * Events come in bursts (a resync hands over dozens in one go, a call is
 * several events): every key named in the same synchronous run is read
 * again once, in a microtask after it.
 *
 * Typed structurally on TanStack Query's QueryClient, so this package needs
 * no query library of its own.
 */
export type QueryKey = readonly unknown[];

export interface Rereadable {
  cancelQueries(filters: { queryKey: QueryKey }): Promise<void>;
  invalidateQueries(filters: { queryKey: QueryKey }): Promise<void>;
}

/** Cancel what is in flight under `queryKey` and read it again (active queries only). */
export async function rereadNow(client: Rereadable, queryKey: QueryKey): Promise<void> {
  void client.cancelQueries({ queryKey });
  await client.invalidateQueries({ queryKey });
}

/** A function that marks keys to read again; each key is read once per burst. */
export function createRereader(client: Rereadable): (queryKey: QueryKey) => void {
  const pending = new Map<string, QueryKey>();
  return (queryKey) => {
    if (pending.size === 0) {
      queueMicrotask(() => {
        const keys = [...pending.values()];
        pending.clear();
        for (const key of keys) void rereadNow(client, key);
      });
    }
    // Keys are plain JSON (strings and ids), so their JSON is their identity.
    pending.set(JSON.stringify(queryKey), queryKey);
  };
}
