/**
 * The compact screen above one window (窗口屏): window number and unit, the
 * state (空闲 / 请A012号办理 / 暂停服务（午休） / 暂未开放), and the clerk's
 * name and staff number. It does not speak: the hall screen does. Three
 * fixed rows; each text shrinks to fit (a pause reason of 64 characters
 * wraps and shrinks), from a 1280×400 strip to a 1280×1024 panel.
 */
import { useMemo } from 'react';
import type { CatalogReply } from '@hallq/protocol';
import { useHallFeed } from '@hallq/client/react';
import { ConnectionBadge, FitText, formatTime, useNow, useT } from '@hallq/ui';
import { StatusPage } from './status-page';
import { windowScreenState } from './window-state';

export interface WindowScreenProps {
  serverUrl: string;
  token: string;
  siteId: string | undefined;
  windowNumber: number;
  catalog: CatalogReply;
}

export function WindowScreen({
  serverUrl,
  token,
  siteId,
  windowNumber,
  catalog,
}: WindowScreenProps) {
  const t = useT();
  const now = useNow(1_000);
  const feedOptions = useMemo(
    () => ({ url: serverUrl || undefined, token, ...(siteId ? { siteId } : {}) }),
    [serverUrl, token, siteId],
  );
  const { status, snapshot } = useHallFeed(feedOptions);
  const info = catalog.windows.find((w) => w.number === windowNumber);
  if (status === 'unauthorized') return <StatusPage message={t('setup.unauthorized')} />;
  if (!info) return <StatusPage message={t('win.notFound', { n: windowNumber })} />;

  const live = snapshot?.windows.find((w) => w.id === info.id);
  const state = windowScreenState(live);
  const unitIds = live?.todayUnitIds ?? info.todayUnitIds;
  const units =
    unitIds.map((u) => catalog.units.find((x) => x.id === u)?.shortName ?? u).join('、') ||
    (info.name !== `${info.number}号窗口` ? info.name : t('win.support'));
  const text =
    state.kind === 'called'
      ? t('win.called', { number: state.number })
      : state.kind === 'serving'
        ? t('win.serving', { number: state.number })
        : state.kind === 'paused'
          ? state.until
            ? state.reason
              ? t('win.pausedReasonUntil', { reason: state.reason, until: state.until })
              : t('win.pausedUntil', { until: state.until })
            : state.reason
              ? t('win.pausedReason', { reason: state.reason })
              : t('win.paused')
          : t(state.kind === 'idle' ? 'win.idle' : 'win.signedOut');

  return (
    <div
      className={`hq-d-window-screen${status === 'live' ? '' : ' is-stale'}`}
      data-state={state.kind}
    >
      <ConnectionBadge status={status} />
      <div className="hq-w-body">
        <div className="hq-w-top">
          <FitText className="hq-w-number">{t('call.window', { n: info.number })}</FitText>
          <FitText className="hq-w-unit">{units}</FitText>
          <FitText className="hq-w-clock">{formatTime(now, catalog.hall.timeZone)}</FitText>
        </div>
        <FitText
          as="div"
          // Only a pause reason may wrap: a number broken over two lines would be misread.
          wrap={state.kind === 'paused'}
          key={
            state.kind === 'called'
              ? `called-${live?.current?.id}-${live?.current?.recallCount}`
              : state.kind
          }
          className={`hq-w-state${state.kind === 'called' ? ' hq-d-flash' : ''}`}
          data-testid="window-state"
        >
          {snapshot ? text : t('loading')}
        </FitText>
        <FitText className="hq-w-staff">
          {live?.staff && state.kind !== 'signedOut'
            ? t('win.staff', { name: live.staff.name, staffNo: live.staff.staffNo })
            : ' '}
        </FitText>
      </div>
    </div>
  );
}
