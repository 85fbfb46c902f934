/** React binding of HallFeed: one feed per screen, state via useSyncExternalStore. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { HallFeed, type FeedState, type HallFeedOptions } from '../hall-feed';
import type { WireEvent } from '@hallq/protocol';

const IDLE: FeedState = {
  status: 'connecting',
  snapshot: undefined,
  seq: 0,
  offlineSince: undefined,
};

export function useHallFeed(
  options: HallFeedOptions | undefined,
  onEvent?: (e: WireEvent) => void,
): FeedState & { feed: HallFeed | undefined } {
  const [feed, setFeed] = useState<HallFeed>();
  const key = options ? `${options.url ?? ''}|${options.token}|${options.siteId ?? ''}` : '';
  useEffect(() => {
    if (!options) return;
    const f = new HallFeed(options);
    setFeed(f);
    return () => {
      f.close();
      setFeed(undefined);
    };
    // The feed is rebuilt only when the connection identity (key) changes.
  }, [key]);
  useEffect(() => (feed && onEvent ? feed.onEvent(onEvent) : undefined), [feed, onEvent]);
  const state = useSyncExternalStore(
    (cb) => (feed ? feed.subscribe(cb) : () => undefined),
    () => feed?.state ?? IDLE,
  );
  return { ...state, feed };
}
