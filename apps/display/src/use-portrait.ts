/** Whether the screen stands upright (1080×1920): the boards then get more columns. */
import { useSyncExternalStore } from 'react';

const QUERY = '(orientation: portrait)';

function subscribe(onChange: () => void): () => void {
  const mq = globalThis.matchMedia?.(QUERY);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

export function usePortrait(): boolean {
  return useSyncExternalStore(subscribe, () => globalThis.matchMedia?.(QUERY).matches ?? false);
}
