/**
 * The signed-in screen: the hall's windows by zone, the units' queues and
 * the open alerts, side by side. The hall view is the feed folded with
 * @hallq/hall-view (useHallFeed); the supervision figures, the open alerts
 * and a window's queue are REST reads that hall events mark old
 * (live-keys.ts); alerts come as they change in the supervisors room
 * (alert-watch.ts), with a tone for a new or reddened one. Elapsed times run on a slow tick of the server's clock
 * (estimated from the figures' `at`), not the device's.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import { createRereader, useHallFeed } from '@hallq/client/react';
import type { AlertView, StaffView, WireEvent } from '@hallq/protocol';
import { ConnectionBadge, formatTime, LangToggle, useNow, useT } from '@hallq/ui';
import { AlertStream } from './alert-stream';
import type { Names } from './alert-text';
import { remember, toneFor, withAlert, type Known } from './alert-watch';
import { hallMap } from './hall-map';
import { KEYS, keysForEvent } from './live-keys';
import { QueuePanel } from './queue-panel';
import { unitRows } from './unit-rows';
import { UnitsPanel } from './units-panel';
import { useAlertSound } from './use-alert-sound';
import { WindowActions } from './window-actions';
import { createWindowActionsApi } from './window-actions-api';
import { WindowMap } from './window-map';

const TICK_MS = 5_000;

export function Board({
  api,
  staff,
  token,
  wall,
  onSignOut,
  onAuthError,
}: {
  api: HallqApi;
  staff: StaffView;
  token: string;
  wall: boolean;
  onSignOut: () => void;
  onAuthError: () => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const reread = useMemo(() => createRereader(client), [client]);
  const sound = useAlertSound();
  const { play } = sound;
  const onEvent = useCallback(
    (e: WireEvent) => {
      for (const key of keysForEvent(e)) reread(key);
    },
    [reread],
  );
  const feed = useHallFeed({ token }, onEvent);
  const known = useRef<Known>(new Map());
  const onAlert = useCallback(
    (alert: AlertView) => {
      client.setQueryData<AlertView[]>(KEYS.alerts, (list) => list && withAlert(list, alert));
      // The marks follow the alerts' causes; the list is read again to be sure.
      reread(KEYS.supervision);
      reread(KEYS.alerts);
      const tone = toneFor(known.current, alert);
      if (tone) play(tone);
    },
    [client, reread, play],
  );
  const hallFeed = feed.feed;
  useEffect(() => hallFeed?.onAlert(onAlert), [hallFeed, onAlert]);
  useEffect(() => {
    if (feed.status === 'unauthorized') onAuthError();
    // Back from an outage: a snapshot resync announces nothing, so read all again.
    if (feed.status === 'live') void client.invalidateQueries();
  }, [feed.status, onAuthError, client]);

  const catalog = useQuery({ queryKey: KEYS.catalog, queryFn: () => api.catalog() });
  const figures = useQuery({
    queryKey: KEYS.supervision,
    queryFn: async () => {
      const reply = await api.supervision();
      return { ...reply, localAt: Date.now() };
    },
  });
  const alerts = useQuery({
    queryKey: KEYS.alerts,
    queryFn: async () => (await api.alerts({ status: 'open' })).alerts,
  });
  useEffect(() => {
    if (alerts.data) remember(known.current, alerts.data);
  }, [alerts.data]);
  const tick = useNow(TICK_MS);
  // The server's time now: its last answer's `at` plus the time passed here since.
  const now = figures.data ? figures.data.at + Math.max(0, tick - figures.data.localAt) : tick;
  const [selected, setSelected] = useState<string>();
  const actionsApi = useMemo(() => createWindowActionsApi(() => token), [token]);

  const snapshot = feed.snapshot;
  const open = useMemo(() => alerts.data ?? [], [alerts.data]);
  const names = useMemo<Names>(() => {
    const windows = new Map(catalog.data?.windows.map((w) => [w.id, w.name]));
    const units = new Map(catalog.data?.units.map((u) => [u.id, u.shortName || u.name]));
    const staffNames = new Map<string, string>();
    for (const w of snapshot?.windows ?? []) if (w.staff) staffNames.set(w.staff.id, w.staff.name);
    return {
      window: (id) => windows.get(id),
      unit: (id) => units.get(id),
      staff: (id) => staffNames.get(id),
    };
  }, [catalog.data, snapshot]);

  if (!catalog.data) {
    return (
      <div className="splash" role="status">
        <p>{catalog.isError ? t('unreachable') : t('loading')}</p>
      </div>
    );
  }
  const zones = hallMap(catalog.data, snapshot, figures.data, open, now);
  const units = figures.data ? unitRows(catalog.data, figures.data, now) : undefined;
  const timeZone = catalog.data.hall.timeZone;
  const chosen = catalog.data.windows.find((w) => w.id === selected);
  const chosenState = snapshot?.windows.find((w) => w.id === selected);

  return (
    <div className={wall ? 'sv sv-wall' : 'sv'}>
      <header className="sv-head">
        <h1>
          {catalog.data.hall.name} · {t('appTitle')}
        </h1>
        <span className="sv-clock" data-testid="clock">
          {formatTime(now, timeZone)}
        </span>
        <p className={sound.locked ? 'sv-sound sv-sound-locked' : 'sv-sound'} role="note">
          {sound.locked ? t('soundLocked') : t('soundOn')}
        </p>
        {wall ? null : (
          <div className="sv-user">
            <span>{staff.name}</span>
            <a className="sv-button" href="#scores">
              {t('scoresOpen')}
            </a>
            <a className="sv-button" href="#rollup">
              {t('rollupOpen')}
            </a>
            <a className="sv-button" href="#reports">
              {t('reportsOpen')}
            </a>
            <LangToggle className="sv-button" />
            <button type="button" className="sv-button" onClick={onSignOut}>
              {t('signOut')}
            </button>
          </div>
        )}
      </header>
      <ConnectionBadge status={feed.status} />
      <main className="sv-body">
        <WindowMap zones={zones} onOpen={wall ? undefined : setSelected} selected={selected} />
        <UnitsPanel units={units} />
        <AlertStream api={api} alerts={open} names={names} timeZone={timeZone} controls={!wall} />
      </main>
      {chosen && !wall ? (
        <QueuePanel api={api} window={chosen} now={now} onClose={() => setSelected(undefined)}>
          {chosenState ? (
            <WindowActions api={actionsApi} win={chosenState} windows={snapshot?.windows ?? []} />
          ) : null}
        </QueuePanel>
      ) : null}
    </div>
  );
}
