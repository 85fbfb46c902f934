/** The caller keypad: F1–F8, as on the hardware keypads halls use. */
export const ACTION_KEYS = {
  callNext: 'F1',
  recall: 'F2',
  start: 'F3',
  finish: 'F4',
  noShow: 'F5',
  transfer: 'F6',
  pauseResume: 'F7',
  callTicket: 'F8',
} as const;

export type KeyedAction = keyof typeof ACTION_KEYS;

const BY_KEY = new Map<string, KeyedAction>(
  (Object.entries(ACTION_KEYS) as [KeyedAction, string][]).map(([a, k]) => [k, a]),
);

export const actionForKey = (key: string): KeyedAction | undefined => BY_KEY.get(key);
