/**
 * The keypad: what a press of F1–F8, or of its button, does now (an action,
 * a dialog, or a calm sentence saying why not), and the F-keys on the whole
 * page, which never reach the browser.
 */
import { useEffect, useRef } from 'react';
import type { CatalogReply, TicketView } from '@hallq/protocol';
import { enabledActions, type ActionBarState } from './action-bar';
import { actionForKey, type KeyedAction } from './hotkeys';
import { needsNoShowConfirm } from './no-show-confirm';
import type { CallerActions } from './use-caller-actions';
import type { Dialog } from './workbench-dialogs';

export interface KeypadDeps {
  /** What the caller's actions hook gives: the actions and the runner's state. */
  caller: Pick<CallerActions, 'actions' | 'busy' | 'failed' | 'retry' | 'setNotice'>;
  /** The ticket this screen shows as current (what the clerk acts on). */
  current: TicketView | undefined;
  /** What the buttons show as enabled; the keys obey it too. */
  barState: Omit<ActionBarState, 'busy'>;
  /** The site's 过号 confirmation settings (GET /catalog `hall.noShow`). */
  noShow: CatalogReply['hall']['noShow'];
  refresh: () => Promise<void>;
  /** The dialog open now: while one is, the F-keys do nothing. */
  dialog: Dialog;
  setDialog: (dialog: Dialog) => void;
}

/** Returns the press of one keypad action (for the buttons); the F-keys are listened to here. */
export function useKeypad({
  caller,
  current,
  barState,
  noShow,
  refresh,
  dialog,
  setDialog,
}: KeypadDeps): (a: KeyedAction) => void {
  const { actions, busy, failed, retry, setNotice } = caller;
  const { paused } = barState;
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
        if (current && needsNoShowConfirm(current, noShow)) return setDialog('confirmNoShow');
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
  return press;
}
