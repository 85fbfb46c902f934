/**
 * The clerk's actions against the server, through one ActionRunner: each
 * carries an Idempotency-Key (call-next also the ticket the screen shows),
 * and every outcome becomes a plain sentence on the screen.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { ApiError, NetworkError, messageOf, newIdempotencyKey, type HallqApi } from '@hallq/client';
import type { TicketView, TransferBody, WindowReply } from '@hallq/protocol';
import { ActionRunner, type ActionId, type Outcome } from './action-runner';
import type { CallTarget } from './call-ticket-dialog';
import type { DictKey } from './dict';

/** What the status line says: a sentence of ours, or the server's (kept as keys, so a language switch re-reads it). */
export type Notice =
  | { tone: 'info' | 'calm' | 'error'; key: DictKey; vars?: Record<string, string | number> }
  | { tone: 'error'; error: unknown };

export function noticeText(
  n: Notice,
  t: (key: string, vars?: Record<string, string | number>) => string,
  lang: 'zh-CN' | 'en',
): string {
  return 'key' in n ? t(n.key, n.vars) : messageOf(n.error, lang);
}

export interface ActionDeps {
  api: HallqApi;
  windowId: string;
  /** The ticket this screen shows as current (what the clerk acts on). */
  current: TicketView | undefined;
  applyCurrent: (t: TicketView | undefined) => void;
  applyWindow: (w: WindowReply['window']) => void;
  refresh: () => Promise<void>;
  /** The session is gone (401) or no longer holds the window (403). */
  onAuthError: (err: ApiError) => void;
  onSignedOut: () => void;
  /** 选号 named a number passed (过号) today: offer to restore it. */
  onPassedNumber?: (number: string) => void;
}

export function useCallerActions(deps: ActionDeps) {
  const runner = useMemo(() => new ActionRunner(newIdempotencyKey), []);
  const state = useSyncExternalStore(
    (cb) => runner.subscribe(cb),
    () => runner.state,
  );
  const [notice, setNotice] = useState<Notice>();

  const report = (outcome: Outcome) => {
    if (outcome.kind === 'done') return;
    if (outcome.kind === 'refused') {
      if (outcome.why === 'failedPending') setNotice({ tone: 'error', key: 'handleFailedFirst' });
      return; // a second press while one is in flight is simply the same press
    }
    const err = outcome.error;
    if (err instanceof NetworkError) {
      setNotice(undefined); // the failed-action banner says it
      return;
    }
    if (err instanceof ApiError) {
      if (err.status === 401 || err.code === 'HALLQ_E_NOT_SIGNED_IN_HERE') {
        deps.onAuthError(err);
        return;
      }
      if (err.code === 'HALLQ_E_QUEUE_EMPTY') {
        setNotice({ tone: 'calm', key: 'queueEmpty' });
        void deps.refresh();
        return;
      }
      if (err.code === 'HALLQ_E_TICKET_NO_SHOW') {
        // "该号已过号，可恢复": the server's sentence, and the restore dialog with the number.
        setNotice({ tone: 'error', error: err });
        const number = err.details?.['number'];
        if (typeof number === 'string') deps.onPassedNumber?.(number);
        return;
      }
      if (err.code === 'HALLQ_E_CONFLICT') {
        setNotice({ tone: 'info', key: 'staleResynced' });
        void deps.refresh();
        return;
      }
    }
    // Anything else: the server's own plain sentence, and a fresh look at the window.
    setNotice({ tone: 'error', error: err });
    void deps.refresh();
  };

  type Said = { key: DictKey; vars?: Record<string, string | number> };
  const go = (id: ActionId, run: (key: string) => Promise<Said>) =>
    runner
      .run(id, async (key) => {
        const said = await run(key);
        setNotice({ tone: 'info', ...said });
      })
      .then(report);

  const { api, windowId } = deps;
  const held = (): TicketView | undefined => {
    if (!deps.current) setNotice({ tone: 'calm', key: 'needCurrent' });
    return deps.current;
  };

  const ticketAction = (
    id: 'recall' | 'start' | 'finish' | 'noShow',
    call: (ticketId: string, key: string) => Promise<{ ticket: TicketView }>,
    message: Extract<DictKey, 'recalled' | 'started' | 'finished' | 'noShowDone'>,
    keepsTicket: boolean,
  ) => {
    const ticket = held();
    if (!ticket) return Promise.resolve();
    return go(id, async (key) => {
      const r = await call(ticket.id, key);
      deps.applyCurrent(keepsTicket ? r.ticket : undefined);
      return { key: message, vars: { number: r.ticket.number } };
    });
  };

  /** Pause/resume carry no key on the wire: a retry first checks whether the first try landed. */
  const windowAction = (id: 'pause' | 'resume', reason?: string, until?: string) => {
    let tries = 0;
    return go(id, async () => {
      if (tries++ > 0) {
        const w = (await api.window(windowId)).window;
        if (w.status === (id === 'pause' ? 'paused' : 'open')) {
          deps.applyWindow(w);
          return id === 'pause'
            ? { key: 'pausedDone', vars: { reason: w.pauseReason ?? '' } }
            : { key: 'resumedDone' };
        }
      }
      const r =
        id === 'pause'
          ? await api.pause(windowId, reason ?? '', until)
          : await api.resume(windowId);
      deps.applyWindow(r.window);
      return id === 'pause'
        ? { key: 'pausedDone', vars: { reason: reason ?? '' } }
        : { key: 'resumedDone' };
    });
  };

  const actions = {
    callNext: () => {
      if (deps.current) {
        setNotice({ tone: 'calm', key: 'finishFirst' });
        return Promise.resolve();
      }
      // The screen's belief goes with the call: if the window moved on, the server refuses.
      const expected = null;
      return go('callNext', async (key) => {
        const r = await api.callNext(windowId, expected, key);
        deps.applyCurrent(r.ticket);
        return { key: 'called', vars: { number: r.ticket.number } };
      });
    },
    callTicket: (target: CallTarget, reason: string) =>
      go('callTicket', async (key) => {
        const r =
          'number' in target
            ? await api.callNumber(windowId, target.number, reason, key)
            : await api.callTicket(windowId, target.ticketId, reason, key);
        deps.applyCurrent(r.ticket);
        return { key: 'called', vars: { number: r.ticket.number } };
      }),
    /** 过号恢复: the ticket waits again; the queue is read again (the feed says so too). */
    restore: (ticket: TicketView, position: 'front' | 'back') =>
      go('restore', async (key) => {
        const r = await api.restore(ticket.id, position, key);
        void deps.refresh();
        return {
          key: position === 'front' ? 'restoredFront' : 'restoredBack',
          vars: { number: r.ticket.number },
        };
      }),
    recall: () => ticketAction('recall', api.recall, 'recalled', true),
    start: () => ticketAction('start', api.start, 'started', true),
    finish: () => ticketAction('finish', api.finish, 'finished', false),
    noShow: () => ticketAction('noShow', api.noShow, 'noShowDone', false),
    transfer: (body: TransferBody) => {
      const ticket = held();
      if (!ticket) return Promise.resolve();
      return go('transfer', async (key) => {
        const r = await api.transfer(ticket.id, body, key);
        deps.applyCurrent(undefined);
        return { key: 'transferDone', vars: { number: r.ticket.number } };
      });
    },
    pause: (reason: string, until?: string) => windowAction('pause', reason, until),
    resume: () => windowAction('resume'),
    signOut: () =>
      runner
        .run('signOut', async () => {
          try {
            await api.logout();
          } catch (err) {
            // Already signed out (revoked elsewhere): the goal is reached.
            if (!(err instanceof ApiError && err.status === 401)) throw err;
          }
          deps.onSignedOut();
        })
        .then((o) => {
          if (
            o.kind === 'error' &&
            o.error instanceof ApiError &&
            o.error.code === 'HALLQ_E_WINDOW_BUSY'
          ) {
            setNotice({ tone: 'error', key: 'busyFinishFirst' });
          } else report(o);
        }),
  };

  return {
    actions,
    busy: state.busy,
    failed: state.failed,
    notice,
    setNotice,
    retry: () => runner.retry().then(report),
    dismiss: () => {
      runner.dismiss();
      setNotice(undefined);
      void deps.refresh();
    },
  };
}

/** What useCallerActions gives: the actions, the runner's state and the status line. */
export type CallerActions = ReturnType<typeof useCallerActions>;
