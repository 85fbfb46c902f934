/** Test helpers of the supervision rules: an input over the fixture hall at a given time. */
import type { HallState } from '../state';
import { SUPERVISION_DEFAULTS } from '../supervision/settings';
import type { SupervisionInput } from '../supervision/types';
import { MON_0900 } from './fixture';

export const MIN = 60_000;

export function input(state: HallState, over: Partial<SupervisionInput> = {}): SupervisionInput {
  return {
    state,
    siteId: 'hall',
    now: MON_0900,
    settings: { ...SUPERVISION_DEFAULTS },
    windows: {},
    devices: [],
    clerks: [],
    ...over,
  };
}
