/**
 * @hallq/hall-view — the one reducer: the server and every screen fold the
 * same events into the same hall view (a `HallSnapshot`).
 */
export { applyHallEvent, foldHallEvents, MAX_RECENT_CALLS } from './apply-hall-event';
export { initialHallView } from './initial-view';
export type { InitialViewInput, ViewWindow } from './initial-view';
