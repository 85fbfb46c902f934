/**
 * What the pad shows, as a pure reducer: idle (the clerk and 请对我的服务进行评价)
 * → after its window's 办结, the prompt with the five levels → for 不满意 or
 * 非常不满意, the reasons → thanks, then idle. The timer (60 s, a setting)
 * returns to idle from the prompt and the reasons; a new 办结 replaces
 * whatever is shown (the next visitor is at the window).
 */
/** 5 非常满意 … 1 非常不满意 (core R1); 1 and 2 are 差评. */
export type RatingLevel = 1 | 2 | 3 | 4 | 5;
export const RATING_LEVELS: readonly RatingLevel[] = [5, 4, 3, 2, 1];

export interface FinishedTicket {
  id: string;
  number: string;
  itemId: string;
}

export type PadState =
  | { screen: 'idle' }
  | { screen: 'prompt'; ticket: FinishedTicket; since: number }
  | {
      screen: 'reasons';
      ticket: FinishedTicket;
      level: RatingLevel;
      tags: string[];
      since: number;
    }
  | { screen: 'thanks'; since: number };

export type PadAction =
  | { type: 'finished'; ticket: FinishedTicket; at: number }
  | { type: 'level'; level: RatingLevel; at: number }
  | { type: 'toggleTag'; tag: string; at: number }
  | { type: 'sent'; at: number }
  | { type: 'tick'; at: number };

export const IDLE: PadState = { screen: 'idle' };
/** How long the thanks stays up. */
export const THANKS_MS = 4_000;

export function padReducer(state: PadState, action: PadAction, timeoutMs: number): PadState {
  switch (action.type) {
    case 'finished':
      return { screen: 'prompt', ticket: action.ticket, since: action.at };
    case 'level':
      if (state.screen !== 'prompt') return state;
      // A 差评 asks for its reasons before it is sent; a good rating is sent at once.
      return action.level <= 2
        ? {
            screen: 'reasons',
            ticket: state.ticket,
            level: action.level,
            tags: [],
            since: state.since,
          }
        : state;
    case 'toggleTag': {
      if (state.screen !== 'reasons') return state;
      const tags = state.tags.includes(action.tag)
        ? state.tags.filter((t) => t !== action.tag)
        : [...state.tags, action.tag];
      return { ...state, tags };
    }
    case 'sent':
      return state.screen === 'idle' ? state : { screen: 'thanks', since: action.at };
    case 'tick':
      if (state.screen === 'thanks') return action.at - state.since >= THANKS_MS ? IDLE : state;
      if (state.screen === 'idle') return state;
      return action.at - state.since >= timeoutMs ? IDLE : state;
  }
}
