/**
 * The window behind the clerk's main screen, kept live: the server's reads
 * (use-window-data.ts) read again on hall feed events and when the feed comes
 * back, the 好差评 invite the feed tells of, and leaving for the sign-in screen
 * when the session ends or the window is closed elsewhere.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, type HallqApi } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import type { StaffView, WireEvent } from '@hallq/protocol';
import type { DictKey } from './dict';
import { nextInvite, type RatingInvite } from './rating-invite';
import { useWindowData } from './use-window-data';

export interface LiveWindowDeps {
  api: HallqApi;
  serverUrl: string;
  token: string;
  staff: StaffView;
  windowId: string;
  /** The hall of the window (from the catalogue), which the feed joins. */
  siteId: string | undefined;
  /** The units the window serves today. */
  unitIds: string[];
  /** Leave for the login screen, with the sentence to show there. */
  onExit: (message: DictKey) => void;
  /** An administrator changed the catalogue (this window's units, the rota): read it again. */
  onCatalogChanged?: (() => void) | undefined;
}

export function useLiveWindow({
  api,
  serverUrl,
  token,
  staff,
  windowId,
  siteId,
  unitIds,
  onExit,
  onCatalogChanged,
}: LiveWindowDeps) {
  const onAuthError = useCallback(
    (err: ApiError) => onExit(err.status === 401 ? 'sessionExpired' : 'windowClosedElsewhere'),
    [onExit],
  );
  const { data, refresh, onFeedEvent, applyCurrent, applyWindow } = useWindowData(
    api,
    windowId,
    token,
    unitIds,
    onAuthError,
  );

  const feedOptions = useMemo(
    () => ({ url: serverUrl, token, ...(siteId ? { siteId } : {}) }),
    [serverUrl, token, siteId],
  );
  // 好差评: 请邀请群众评价 after this window's 办结, then whether the visitor rated.
  const [invite, setInvite] = useState<RatingInvite>();
  const onEvent = useCallback(
    (e: WireEvent) => {
      onFeedEvent(e);
      if (e.name === 'catalog.changed') onCatalogChanged?.();
      setInvite((i) => nextInvite(i, e, windowId));
    },
    [onFeedEvent, onCatalogChanged, windowId],
  );
  const feed = useHallFeed(feedOptions, onEvent);
  // Live (first connect, or back after an outage or a server restart): what
  // happened before the feed joined, or while it was away, comes as a
  // snapshot, not as events, so read the window again.
  useEffect(() => {
    if (feed.status === 'live') void refresh();
    if (feed.status === 'unauthorized') onExit('sessionExpired');
  }, [feed.status, refresh, onExit]);

  // Closed from elsewhere (an administrator, or the clerk signing in at another desk): leave.
  // The window is read again the moment its event arrives, often before the session's
  // end is known; ask for the session, so the clerk is told the right reason.
  const closedElsewhere =
    data.window !== undefined &&
    (data.window.status === 'signedOut' ||
      (data.window.staff !== undefined && data.window.staff.id !== staff.id));
  useEffect(() => {
    if (!closedElsewhere) return;
    let live = true;
    const leave = (why: DictKey) => live && onExit(why);
    api.me().then(
      () => leave('windowClosedElsewhere'),
      (err: unknown) =>
        leave(
          err instanceof ApiError && err.status === 401
            ? 'sessionExpired'
            : 'windowClosedElsewhere',
        ),
    );
    return () => {
      live = false;
    };
  }, [closedElsewhere, api, onExit]);

  return { data, refresh, applyCurrent, applyWindow, onAuthError, feed, invite };
}
