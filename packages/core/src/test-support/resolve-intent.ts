/**
 * Resolving a generated intent (hall-intents.ts) into a command against the
 * state it runs in, with the fixture hall's ids: windows, clerks, items and
 * units, unknown ones included.
 */
import type { Command } from '../commands';
import type { HallState } from '../state';
import type { Intent } from './hall-intents';

const WINDOWS = ['w1', 'w2', 'w3', 'w9', 't1', 'w404'];
const STAFF = ['li', 'wang', 'zhou', 'zhao'];
const ITEMS = ['yb-reg', 'yb-card', 'ga-id', 'jy-cert', 'wt-permit', 'mz-aid', 'no-item'];
const UNITS = ['yibao', 'gongan', 'jiaoyu', 'wenti', 'minzheng', 'no-unit'];

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;

/**
 * Mostly a window in the state the command needs (so that calls and services
 * happen), sometimes any window, unknown ones included (so that errors do too).
 */
function windowFor(state: HallState, step: Intent): string {
  if (!('window' in step)) return '';
  const holds = ['recall', 'start', 'finish', 'noShow', 'transfer'].includes(step.kind);
  const wanted = step.kind === 'signIn' ? 'signedOut' : step.kind === 'resume' ? 'paused' : 'open';
  const fitting = WINDOWS.filter(
    (id) =>
      state.windows[id]?.status === wanted &&
      (state.windows[id]?.currentTicketId !== undefined) === holds,
  );
  return step.window % 4 !== 0 && fitting.length > 0
    ? pick(fitting, step.window)
    : pick(WINDOWS, step.window);
}

export function resolve(
  state: HallState,
  step: Intent,
  at: number,
  serial: number,
  known: string[],
): Command {
  const window = windowFor(state, step);
  // Mostly an active ticket; sometimes any ticket ever issued (ended ones too).
  const active = Object.keys(state.tickets);
  const anyTicket = (i: number) =>
    i % 3 !== 0 && active.length > 0
      ? pick(active, i)
      : known.length > 0
        ? pick(known, i)
        : 'ghost';
  switch (step.kind) {
    case 'issue':
      return {
        type: 'issueTicket',
        at,
        ticketId: step.reuseId && known.length > 0 ? anyTicket(serial) : `t${serial}`,
        itemId: pick(ITEMS, step.item),
        priority: step.priority ? 'priority' : 'normal',
      };
    case 'signIn':
      return { type: 'signIn', at, windowId: window, staffId: pick(STAFF, step.staff) };
    case 'signOut':
      return { type: 'signOut', at, windowId: window };
    case 'callNext':
      return { type: 'callNext', at, windowId: window };
    case 'pause':
      return { type: 'pauseWindow', at, windowId: window, reason: '午休' };
    case 'resume':
      return { type: 'resumeWindow', at, windowId: window };
    case 'callTicket':
      return {
        type: 'callTicket',
        at,
        windowId: window,
        ticketId: anyTicket(step.ticket),
        reason: '选号',
      };
    case 'recall':
    case 'start':
    case 'finish':
    case 'noShow': {
      const held = state.windows[window]?.currentTicketId;
      const ticketId = step.held && held !== undefined ? held : anyTicket(step.ticket);
      return { type: step.kind, at, windowId: window, ticketId };
    }
    case 'transfer': {
      const ticketId = state.windows[window]?.currentTicketId ?? anyTicket(0);
      return {
        type: 'transfer',
        at,
        windowId: window,
        ticketId,
        ...(step.unit !== null ? { toUnitId: pick(UNITS, step.unit) } : {}),
        ...(step.item !== null ? { toItemId: pick(ITEMS, step.item) } : {}),
        ...(step.toWindow !== null ? { toWindowId: pick(WINDOWS, step.toWindow) } : {}),
        position: step.front ? 'front' : 'back',
      };
    }
    case 'cancel':
      // A supervisor's cancel (no window) or a clerk's at a window.
      return {
        type: 'cancel',
        at,
        ticketId: anyTicket(step.ticket),
        ...(step.atWindow !== null ? { windowId: pick(WINDOWS, step.atWindow) } : {}),
      };
    case 'restore': {
      // Mostly a 过号 ticket of the day; sometimes any ticket ever issued.
      const passed = Object.keys(state.noShows);
      return {
        type: 'restore',
        at,
        ticketId:
          step.ticket % 3 !== 0 && passed.length > 0
            ? pick(passed, step.ticket)
            : anyTicket(step.ticket),
        position: step.front ? 'front' : 'back',
        staffId: 'sup',
      };
    }
    case 'closeDay':
      return { type: 'closeDay', at, siteId: pick(['hall', 'town', 'nowhere'], step.site) };
  }
}
