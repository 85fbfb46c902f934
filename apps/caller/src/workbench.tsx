/**
 * The clerk's main screen: the current ticket, the eight keypad actions, the
 * window's queue, the clerk's figures and the warnings. Hall feed events
 * only say what to read again (use-window-data.ts); what shows is always the
 * server's REST answer.
 *
 * The parts: the live window and leaving when it ends (use-live-window.ts),
 * the keypad and its F-keys (use-keypad.ts), the lines under the top bar
 * (workbench-messages.tsx) and the dialogs (workbench-dialogs.tsx).
 */
import { useMemo, useState } from 'react';
import type { HallqApi } from '@hallq/client';
import type { CatalogReply, StaffView } from '@hallq/protocol';
import { LangToggle, formatTime, useI18n, useNow } from '@hallq/ui';
import { ActionBar } from './action-bar';
import { CurrentTicket } from './current-ticket';
import type { DictKey } from './dict';
import { FiguresPanel } from './figures-panel';
import { QueuePanel } from './queue-panel';
import { ProxyTabs } from './proxy-tabs';
import { useCallerActions } from './use-caller-actions';
import { useKeypad } from './use-keypad';
import { useLiveWindow } from './use-live-window';
import { WorkbenchDialogs, type Dialog } from './workbench-dialogs';
import { WorkbenchMessages } from './workbench-messages';

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
  const { t } = useI18n();
  const now = useNow(1_000);
  const info = catalog.windows.find((w) => w.id === windowId);
  const unitIds = useMemo(() => info?.todayUnitIds ?? [], [info]);

  const { data, refresh, applyCurrent, applyWindow, onAuthError, feed, invite } = useLiveWindow({
    api,
    serverUrl,
    token,
    staff,
    windowId,
    siteId: info?.siteId,
    unitIds,
    onExit,
    onCatalogChanged,
  });

  const current = data.window?.current;
  const paused = data.window?.status === 'paused';
  const [dialog, setDialog] = useState<Dialog>();
  const [restoreNumber, setRestoreNumber] = useState<string>();
  const caller = useCallerActions({
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
  const { actions, busy, failed, notice, retry, dismiss } = caller;
  const barState = {
    hasTicket: current !== undefined,
    serving: current?.status === 'serving',
    paused,
  };
  const openRestore = () => {
    setRestoreNumber(undefined);
    setDialog('restore');
  };
  const press = useKeypad({
    caller,
    current,
    barState,
    noShow: catalog.hall.noShow,
    refresh,
    dialog,
    setDialog,
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

      <WorkbenchMessages
        feedStatus={feed.status}
        catalog={catalog}
        current={current}
        queueSummary={data.queueSummary}
        now={now}
        invite={invite}
        notice={notice}
        failed={failed}
        busy={busy}
        retry={retry}
        dismiss={dismiss}
      />

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

      <WorkbenchDialogs
        dialog={dialog}
        api={api}
        catalog={catalog}
        windowId={windowId}
        current={current}
        queue={data.queue}
        now={now}
        restoreNumber={restoreNumber}
        actions={actions}
        onClose={() => setDialog(undefined)}
      />
    </div>
  );
}
