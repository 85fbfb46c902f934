/**
 * The big hall screen (综合显示屏): newest call large and flashing, recent
 * calls, waiting counts, today's comprehensive-window rota, the scrolling
 * notice. Every call event in scope is spoken exactly once: the feed hands
 * each live event over once, in seq order, and never replays a snapshot.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CatalogReply, WireEvent } from '@hallq/protocol';
import type { HallqApi } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import { ConnectionBadge, useT } from '@hallq/ui';
import { HallHeader } from './hall-header';
import { deriveHallView, inScope, scopeOf } from './hall-view';
import { NewestCall } from './newest-call';
import { NoticeBar } from './notice-bar';
import { RecentCalls } from './recent-calls';
import { RotaBoard } from './rota-board';
import { useAnnouncer } from './use-announcer';
import { WaitingBoard } from './waiting-board';
import { StatusPage } from './status-page';

export interface HallScreenProps {
  api: HallqApi;
  serverUrl: string;
  token: string;
  siteId: string | undefined;
  zone?: string | undefined;
  unitIds?: string[] | undefined;
  catalog: CatalogReply;
  /** The business day changed (or closed): fetch the catalogue again for the new rota. */
  onNewDay: () => void;
}

export function HallScreen(props: HallScreenProps) {
  const { api, catalog, zone, unitIds, onNewDay } = props;
  const t = useT();
  const scope = useMemo(
    () => scopeOf(catalog, { ...(zone ? { zone } : {}), ...(unitIds ? { unitIds } : {}) }),
    [catalog, zone, unitIds],
  );
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const announcer = useAnnouncer(api, catalog.hall.voice, true);
  const { announce } = announcer;

  const onEvent = useCallback(
    (e: WireEvent) => {
      if (e.name === 'ticket.called' || e.name === 'ticket.recalled') {
        if (inScope(scopeRef.current, e.payload.window.id)) {
          announce(e.payload.ticket.number, e.payload.window.number);
        }
      } else if (e.name === 'day.closed') {
        onNewDay();
      }
    },
    [announce, onNewDay],
  );
  const feedOptions = useMemo(
    () => ({
      url: props.serverUrl || undefined,
      token: props.token,
      ...(props.siteId ? { siteId: props.siteId } : {}),
    }),
    [props.serverUrl, props.token, props.siteId],
  );
  const { status, snapshot } = useHallFeed(feedOptions, onEvent);

  const day = snapshot?.businessDay;
  useEffect(() => {
    if (day && day !== catalog.hall.businessDay) onNewDay();
    // Only a change of the snapshot's day asks again (no loop if the two disagree).
  }, [day]);

  if (status === 'unauthorized') return <StatusPage message={t('setup.unauthorized')} />;

  const view = snapshot ? deriveHallView(snapshot, catalog, scope) : undefined;
  const [newest, ...older] = view?.calls ?? [];
  const subtitle = [
    zone,
    unitIds?.map((u) => catalog.units.find((x) => x.id === u)?.shortName ?? u).join('、'),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className={`hq-d-hall-screen${status === 'live' ? '' : ' is-stale'}`} data-status={status}>
      <HallHeader
        hallName={catalog.hall.name}
        timeZone={catalog.hall.timeZone}
        subtitle={subtitle}
      />
      <ConnectionBadge status={status} />
      {status === 'offline' ? <div className="hq-d-stale-bar">{t('stale')}</div> : null}
      {!view ? (
        <main className="hq-d-main hq-d-loading">{t('loading')}</main>
      ) : (
        <main className="hq-d-main">
          <div className="hq-d-calls">
            <NewestCall call={newest} />
            <RecentCalls calls={older} />
          </div>
          <div className="hq-d-side">
            <WaitingBoard units={view.units} />
            <RotaBoard rows={view.rota} weekday={catalog.hall.weekday} />
          </div>
        </main>
      )}
      {announcer.locked ? <div className="hq-d-voice-locked">{t('voice.locked')}</div> : null}
      <NoticeBar notice={snapshot?.notice ?? ''} />
    </div>
  );
}
