/**
 * The clerk's main screen: the current ticket, the eight keypad actions, the
 * window's queue, the clerk's figures and the warnings. Hall feed events
 * only say what to read again (use-window-data.ts); what shows is always the
 * server's REST answer.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type HallqApi } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import type { CatalogReply, StaffView, WireEvent } from '@hallq/protocol';
import {
  ConnectionBadge,
  LangToggle,
  formatDuration,
  formatTime,
  useI18n,
  useNow,
} from '@hallq/ui';
import { ActionBar, enabledActions } from './action-bar';
import { CallTicketDialog } from './call-ticket-dialog';
import { CurrentTicket } from './current-ticket';
import type { DictKey } from './dict';
import { FiguresPanel } from './figures-panel';
import { actionForKey, type KeyedAction } from './hotkeys';
import { PauseDialog } from './pause-dialog';
import { QueuePanel } from './queue-panel';
import { ProxyTabs } from './proxy-tabs';
import { NoShowConfirm, needsNoShowConfirm } from './no-show-confirm';
import { RestoreDialog } from './restore-dialog';
import { TransferDialog } from './transfer-dialog';
import { noticeText, useCallerActions } from './use-caller-actions';
import { useWindowData } from './use-window-data';
import { warningsFor } from './warnings';
import { nextInvite, type RatingInvite } from './rating-invite';

type Dialog = 'pause' | 'transfer' | 'callTicket' | 'confirmNoShow' | 'restore' | undefined;

export function Workbench({
  api,
  serverUrl,
  token,
  catalog,
  staff,
  windowId,
  onExit,
  onCatalogChanged,
}: {
  api: HallqApi;
  serverUrl: string;
  token: string;
  catalog: CatalogReply;
  staff: StaffView;
  windowId: string;
  /** Leave for the login screen, with the sentence to show there. */
  onExit: (message: DictKey) => void;
  /** An administrator changed the catalogue (this window's units, the rota): read it again. */
  onCatalogChanged?: () => void;
}) {
  const { t, lang } = useI18n();
  const now = useNow(1_000);
  const info = catalog.windows.find((w) => w.id === windowId);
  const unitIds = useMemo(() => info?.todayUnitIds ?? [], [info]);

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
    () => ({ url: serverUrl, token, ...(info?.siteId ? { siteId: info.siteId } : {}) }),
    [serverUrl, token, info?.siteId],
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

  const current = data.window?.current;
  const paused = data.window?.status === 'paused';
  const [dialog, setDialog] = useState<Dialog>();
  const [restoreNumber, setRestoreNumber] = useState<string>();
  const { actions, busy, failed, notice, setNotice, retry, dismiss } = useCallerActions({
    api,
    windowId,
    current,
    applyCurrent,
    applyWindow,
    refresh,
    onAuthError,
    onSignedOut: () => onExit('signedOut'),
    onPassedNumber: (number) => {
      setRestoreNumber(number);
      setDialog('restore');
    },
  });
  const barState = {
    hasTicket: current !== undefined,
    serving: current?.status === 'serving',
    paused,
  };
  const openRestore = () => {
    setRestoreNumber(undefined);
    setDialog('restore');
  };
  const press = (a: KeyedAction) => {
    // A failed action is retried by its own key, with its original key and body.
    if (failed) {
      const same =
        failed.id === a ||
        (a === 'pauseResume' && (failed.id === 'pause' || failed.id === 'resume'));
      if (same) void retry();
      else setNotice({ tone: 'error', key: 'handleFailedFirst' });
      return;
    }
    if (busy) return;
    // A key that cannot act now does nothing (as its button is disabled).
    if (!enabledActions(barState)[a]) {
      if (paused) setNotice({ tone: 'calm', key: 'pausedResumeFirst' });
      else if (a === 'callNext' || a === 'callTicket')
        setNotice({ tone: 'calm', key: 'finishFirst' });
      else setNotice({ tone: 'calm', key: 'needCurrent' });
      return;
    }
    switch (a) {
      case 'callNext':
        return void actions.callNext();
      case 'recall':
        return void actions.recall();
      case 'start':
        return void actions.start();
      case 'finish':
        return void actions.finish();
      case 'noShow':
        // 过号 asks first unless the visitor was recalled enough (site settings).
        if (current && needsNoShowConfirm(current, catalog.hall.noShow))
          return setDialog('confirmNoShow');
        return void actions.noShow();
      case 'transfer':
        if (!current) return setNotice({ tone: 'calm', key: 'needCurrent' });
        return setDialog('transfer');
      case 'pauseResume':
        if (paused) return void actions.resume();
        return setDialog('pause');
      case 'callTicket':
        if (current) return setNotice({ tone: 'calm', key: 'finishFirst' });
        void refresh();
        return setDialog('callTicket');
    }
  };
  const pressRef = useRef(press);
  pressRef.current = press;
  const dialogRef = useRef(dialog);
  dialogRef.current = dialog;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = actionForKey(e.key);
      if (!a) return;
      // Always: F5 must never reload the page under a clerk, F1 never open help.
      e.preventDefault();
      if (e.repeat || dialogRef.current) return;
      pressRef.current(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const item = current ? catalog.items.find((i) => i.id === current.itemId) : undefined;
  const warnings = warningsFor({
    current,
    expectedServiceMinutes: item?.expectedServiceMinutes,
    queue: data.queueSummary,
    waitLimitMinutes: catalog.hall.waitLimitMinutes,
    now,
  });
  const unitNames = unitIds
    .map((id) => catalog.units.find((u) => u.id === id)?.shortName ?? id)
    .join('、');

  return (
    <div className="workbench">
      <header className="topbar">
        <h1>
          {info?.name ?? windowId}
          <small>{t('todayUnits', { units: unitNames })}</small>
        </h1>
        <span className={`window-status ${paused ? 'paused' : 'open'}`} data-testid="window-status">
          {paused
            ? `${t('statusPaused')}：${data.window?.pauseReason ?? ''}${
                data.window?.pauseUntil
                  ? `（${t('pausedUntil', { until: data.window.pauseUntil })}）`
                  : ''
              }`
            : t('statusOpen')}
        </span>
        <span className="clerk">
          {t('clerk')} {staff.name}（{staff.staffNo}）
        </span>
        <span className="clock">{formatTime(now, catalog.hall.timeZone)}</span>
        <LangToggle />
        <button type="button" className="signout" onClick={() => void actions.signOut()}>
          {t('signOut')}
        </button>
      </header>

      <div className="messages" aria-live="polite">
        {/* In the flow under the top bar, never over the clock or 退出 (issue 16). */}
        <ConnectionBadge status={feed.status} />
        {failed ? (
          <div className="banner failed" role="alert" data-testid="failed-banner">
            <span>
              {t('actionFailed')}（{t('failedAction', { action: t(failed.id) })}）
            </span>
            <button type="button" onClick={() => void retry()} disabled={busy !== undefined}>
              {t('retry')}
            </button>
            <button type="button" onClick={dismiss} disabled={busy !== undefined}>
              {t('dismiss')}
            </button>
          </div>
        ) : null}
        {warnings.map((w) => (
          <div key={w.kind} className="banner warning" role="alert" data-warning={w.kind}>
            {w.kind === 'overrun'
              ? t('overrun', {
                  number: w.ticketNumber,
                  elapsed: formatDuration(w.elapsedMs, lang),
                  n: w.expectedMinutes,
                })
              : t('longWait', {
                  count: w.count,
                  n: w.limitMinutes,
                  number: w.longestNumber,
                  wait: formatDuration(w.longestMs, lang),
                })}
          </div>
        ))}
        {invite ? (
          <div className={`banner rate-${invite.state}`} data-testid="rating-invite" role="status">
            {t(
              invite.state === 'invite'
                ? 'rateInvite'
                : invite.state === 'rated'
                  ? 'rateDone'
                  : 'rateNone',
              { number: invite.number },
            )}
          </div>
        ) : null}
        {notice ? (
          <div className={`banner notice ${notice.tone}`} data-testid="notice" role="status">
            {noticeText(notice, t, lang)}
          </div>
        ) : null}
      </div>

      <main className="columns">
        <div className="left">
          <CurrentTicket ticket={current} catalog={catalog} now={now} />
          <ActionBar state={{ ...barState, busy }} onAction={press} onRestore={openRestore} />
          <FiguresPanel stats={data.stats} />
        </div>
        <ProxyTabs
          api={api}
          feed={feed.feed}
          catalog={catalog}
          queue={
            <QueuePanel
              queue={data.queue}
              summary={data.queueSummary}
              catalog={catalog}
              waitLimitMinutes={catalog.hall.waitLimitMinutes}
              now={now}
            />
          }
        />
      </main>

      {dialog === 'pause' ? (
        <PauseDialog
          onClose={() => setDialog(undefined)}
          onSubmit={(reason, until) => {
            setDialog(undefined);
            void actions.pause(reason, until);
          }}
        />
      ) : null}
      {dialog === 'transfer' && current ? (
        <TransferDialog
          ticket={current}
          catalog={catalog}
          fromWindowId={windowId}
          onClose={() => setDialog(undefined)}
          onSubmit={(body) => {
            setDialog(undefined);
            void actions.transfer(body);
          }}
        />
      ) : null}
      {dialog === 'callTicket' ? (
        <CallTicketDialog
          queue={data.queue}
          now={now}
          itemName={(id) => catalog.items.find((i) => i.id === id)?.name ?? id}
          onClose={() => setDialog(undefined)}
          onSubmit={(target, reason) => {
            setDialog(undefined);
            void actions.callTicket(target, reason);
          }}
        />
      ) : null}
      {dialog === 'confirmNoShow' && current ? (
        <NoShowConfirm
          ticket={current}
          onClose={() => setDialog(undefined)}
          onSubmit={() => {
            setDialog(undefined);
            void actions.noShow();
          }}
        />
      ) : null}
      {dialog === 'restore' ? (
        <RestoreDialog
          api={api}
          windowId={windowId}
          timeZone={catalog.hall.timeZone}
          initialNumber={restoreNumber}
          itemName={(id) => catalog.items.find((i) => i.id === id)?.name ?? id}
          onClose={() => setDialog(undefined)}
          onSubmit={(ticket, position) => {
            setDialog(undefined);
            void actions.restore(ticket, position);
          }}
        />
      ) : null}
    </div>
  );
}
