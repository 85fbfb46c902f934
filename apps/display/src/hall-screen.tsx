/**
 * The big hall screen (综合显示屏): newest call large and flashing (at least
 * a third of the screen), recent calls, what each window is serving now
 * (正在办理), waiting counts, today's comprehensive-window rota, the
 * scrolling notice. The regions are a fixed grid (hall-grid.css) and their
 * text shrinks to fit (FitText), so no string can push anything off screen.
 * Every call event in scope is spoken exactly once: the feed hands each live
 * event over once, in seq order, and never replays a snapshot.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CatalogReply, WireEvent } from '@hallq/protocol';
import type { HallqApi } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import { ConnectionBadge, FitText, useT } from '@hallq/ui';
import { HallHeader } from './hall-header';
import { deriveHallView, inScope, scopeOf } from './hall-view';
import { NewestCall } from './newest-call';
import { NoticeBar } from './notice-bar';
import { RecentCalls } from './recent-calls';
import { RotaBoard } from './rota-board';
import { ServingBoard } from './serving-board';
import { useAnnouncer } from './use-announcer';
import { WaitingBoard } from './waiting-board';
import { StatusPage } from './status-page';
import { usePortrait } from './use-portrait';

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
  const portrait = usePortrait();
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
      } else if (e.name === 'day.closed' || e.name === 'catalog.changed') {
        // A new day, or an administrator moved the rota or renamed something: read it again.
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
      {status === 'offline' ? (
        <FitText as="div" className="hq-d-stale-bar">
          {t('stale')}
        </FitText>
      ) : null}
      {!view ? (
        <main className="hq-d-main hq-d-loading">
          <FitText>{t('loading')}</FitText>
        </main>
      ) : (
        <main className={`hq-d-main${view.rota.length ? '' : ' no-rota'}`}>
          <NewestCall call={newest} />
          <RecentCalls calls={older} columns={portrait ? 4 : 3} />
          <ServingBoard rows={view.serving} columns={portrait ? 6 : 4} />
          <WaitingBoard units={view.units} idleUnits={view.idleUnits} columns={portrait ? 4 : 3} />
          <RotaBoard rows={view.rota} weekday={catalog.hall.weekday} />
        </main>
      )}
      {/* In the page's flow, not over it: the hint takes its own strip and covers nothing. */}
      {announcer.locked ? (
        <FitText as="div" className="hq-d-voice-locked">
          {t('voice.locked')}
        </FitText>
      ) : null}
      <NoticeBar notice={snapshot?.notice ?? ''} />
    </div>
  );
}
