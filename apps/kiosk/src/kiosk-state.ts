/**
 * The visitor's path through the kiosk as one reducer: home → unit's items
 * (or a hall-wide search) → the item's guide and confirmation → the ticket →
 * home; a unit not served today leads to its weekdays and the 咨询导办
 * desk instead of a dead end. It also keeps the pending confirmation, whose Idempotency-Key
 * survives a network failure so that the retry cannot issue a second ticket.
 */
import type { Confirmation, IssuedTicket, Priority } from './issue-ticket';

/** A screen a visitor can step back to. */
export type BackScreen =
  | { name: 'home' }
  /** unitId undefined: search across the whole hall. */
  | { name: 'items'; unitId: string | undefined }
  /** A unit (or one of its items) not served today: its weekdays and 咨询导办 instead. */
  | { name: 'closed'; unitId: string; itemId: string | undefined; back: BackScreen };

export type Screen =
  | BackScreen
  | { name: 'item'; itemId: string; back: BackScreen }
  | { name: 'ticket'; issued: IssuedTicket };

export interface KioskState {
  screen: Screen;
  /** 适老模式: larger text and buttons. */
  elder: boolean;
  query: string;
  priority: Priority;
  issuing: boolean;
  /** Sent but unanswered (a network failure): a retry reuses its key. */
  pending: Confirmation | undefined;
  error: { message: string; retryable: boolean } | undefined;
}

export type KioskAction =
  | { type: 'openUnit'; unitId: string }
  | { type: 'searchAll' }
  | { type: 'setQuery'; query: string }
  /** Tapped a unit or an item whose unit no window serves today. */
  | { type: 'openClosed'; unitId: string; itemId?: string }
  /** From a list, the closed screen, or (咨询导办) home. */
  | { type: 'openItem'; itemId: string }
  | { type: 'back' }
  /** 返回首页: the same visitor starts over (their 适老 mode and language stay). */
  | { type: 'home' }
  | { type: 'setPriority'; priority: Priority }
  | { type: 'confirm'; confirmation: Confirmation }
  | { type: 'issued'; issued: IssuedTicket }
  | { type: 'failed'; message: string; retryable: boolean }
  | { type: 'toggleElder' }
  /** The visitor is done or gone: everything back to how the next one expects it. */
  | { type: 'reset' };

export const initialKioskState: KioskState = {
  screen: { name: 'home' },
  elder: false,
  query: '',
  priority: 'normal',
  issuing: false,
  pending: undefined,
  error: undefined,
};

/** The confirmation to send: the pending one when it is for the same choice, else a new one. */
export function confirmationFor(state: KioskState, freshKey: string): Confirmation | undefined {
  if (state.screen.name !== 'item') return undefined;
  const { itemId } = state.screen;
  const p = state.pending;
  if (p && p.itemId === itemId && p.priority === state.priority) return p;
  return { itemId, priority: state.priority, key: freshKey };
}

/** The screen to step back to from the next one; undefined where no step starts. */
function backFrom(screen: Screen): BackScreen | undefined {
  return screen.name === 'item' || screen.name === 'ticket' ? undefined : screen;
}

const leaveItem = {
  priority: 'normal',
  pending: undefined,
  error: undefined,
  issuing: false,
} as const;

export function kioskReducer(state: KioskState, action: KioskAction): KioskState {
  switch (action.type) {
    case 'openUnit':
      return { ...state, screen: { name: 'items', unitId: action.unitId }, query: '' };
    case 'searchAll':
      return { ...state, screen: { name: 'items', unitId: undefined }, query: '' };
    case 'setQuery':
      return state.screen.name === 'items' ? { ...state, query: action.query } : state;
    case 'openClosed': {
      const back = backFrom(state.screen);
      if (!back || back.name === 'closed') return state;
      const { unitId, itemId } = action;
      return { ...state, screen: { name: 'closed', unitId, itemId, back } };
    }
    case 'openItem': {
      const back = backFrom(state.screen);
      if (!back) return state;
      return { ...state, ...leaveItem, screen: { name: 'item', itemId: action.itemId, back } };
    }
    case 'back': {
      if (state.issuing) return state;
      const screen = state.screen;
      if (screen.name === 'item' || screen.name === 'closed') {
        const query = screen.back.name === 'home' ? '' : state.query;
        return { ...state, ...leaveItem, query, screen: screen.back };
      }
      return { ...state, screen: { name: 'home' }, query: '' };
    }
    case 'home':
      if (state.issuing) return state;
      return { ...state, ...leaveItem, query: '', screen: { name: 'home' } };
    case 'setPriority':
      // Changing the choice after a failed send makes it a new confirmation (a new key).
      return state.issuing ? state : { ...state, priority: action.priority, error: undefined };
    case 'confirm':
      if (state.issuing || state.screen.name !== 'item') return state;
      return { ...state, issuing: true, pending: action.confirmation, error: undefined };
    case 'issued':
      return {
        ...state,
        ...leaveItem,
        query: '',
        screen: { name: 'ticket', issued: action.issued },
      };
    case 'failed':
      return {
        ...state,
        issuing: false,
        pending: action.retryable ? state.pending : undefined,
        error: { message: action.message, retryable: action.retryable },
      };
    case 'toggleElder':
      return { ...state, elder: !state.elder };
    case 'reset':
      // A request still in flight keeps its flag: its answer will land on the ticket screen.
      return state.issuing ? { ...state, elder: false } : initialKioskState;
  }
}
