/** The hall's windows by zone: one tile each, its state, clerk, ticket and times. */
import { formatDuration, useI18n } from '@hallq/ui';
import type { WindowTile, ZoneGroup } from './hall-map';

export function WindowMap({
  zones,
  selected,
  onOpen,
}: {
  zones: ZoneGroup[];
  selected: string | undefined;
  /** Absent on the wall: the tiles open nothing. */
  onOpen: ((windowId: string) => void) | undefined;
}) {
  const { t } = useI18n();
  return (
    <section className="sv-map" aria-label={t('hallMap')}>
      {zones.map((z) => (
        <div key={z.zone} className="sv-zone">
          <h2>{z.zone}</h2>
          <ul className="sv-tiles">
            {z.windows.map((w) => (
              <li key={w.id}>
                <Tile tile={w} selected={selected === w.id} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Tile({
  tile,
  selected,
  onOpen,
}: {
  tile: WindowTile;
  selected: boolean;
  onOpen: ((windowId: string) => void) | undefined;
}) {
  const { t, lang } = useI18n();
  const d = (ms: number) => formatDuration(ms, lang);
  let time: string | undefined;
  if (tile.serviceMs !== undefined)
    time = t(tile.state === 'called' ? 'calledFor' : 'serviceFor', { time: d(tile.serviceMs) });
  else if (tile.idleMs !== undefined) time = t('idleFor', { time: d(tile.idleMs) });
  else if (tile.pausedMs !== undefined) time = t('pausedFor', { time: d(tile.pausedMs) });
  const state =
    tile.state === 'paused' && tile.pauseReason
      ? `${t('state.paused')}·${tile.pauseReason}`
      : t(`state.${tile.state}`);
  const body = (
    <>
      <span className="sv-tile-head">
        <b>{t('windowNo', { n: tile.number })}</b>
        <span className="sv-tile-units">{tile.units.join('、')}</span>
      </span>
      <span className="sv-tile-state" data-testid="window-state">
        {state}
        {tile.ticket ? <b className="sv-tile-ticket"> {tile.ticket}</b> : null}
      </span>
      <span className="sv-tile-clerk">{tile.clerk ?? t('noClerk')}</span>
      {time ? <span className="sv-tile-time">{time}</span> : null}
      {tile.pauseUntil ? (
        <span className="sv-tile-time">{t('pausedUntil', { time: tile.pauseUntil })}</span>
      ) : null}
    </>
  );
  const props = {
    className: `sv-tile sv-tile-${tile.state}${selected ? ' sv-tile-selected' : ''}`,
    'data-window': tile.number,
    title: tile.name,
    ...(tile.alert ? { 'data-level': tile.alert } : {}),
  };
  if (!onOpen) return <div {...props}>{body}</div>;
  return (
    <button type="button" {...props} aria-pressed={selected} onClick={() => onOpen(tile.id)}>
      {body}
    </button>
  );
}
