/**
 * @hallq/core — the queue domain, pure: commands in, events out.
 *
 *   decide(state, command) → { ok: true, events } | { ok: false, error }
 *   apply(model, event)    moves the model in place (what the server runs)
 *   evolve(state, event)   → state, the pure form: apply on a copy
 *
 * No IO, no clock, no randomness: time and ids arrive with each command.
 * The rules are written down, with stable ids, in ../SPEC.md.
 */
export type * from './model';
export type * from './commands';
export type * from './events';
export { EVENT_VERSION, ticketFacts } from './events';
export type * from './state';
export { domainError, isDomainError } from './errors';
export type { DomainError, DomainErrorCode } from './errors';
export { initialState } from './initial-state';
export { decide } from './decide';
export type { Decision } from './decide';
export { apply, evolve, evolveAll } from './evolve';
export { cloneState } from './evolve-helpers';
export { indexWaiting } from './waiting-index';
export { businessTime, weekdayOfDay } from './business-time';
export type { BusinessTime } from './business-time';
export { unitsServedBy } from './rota';
export {
  catalogIndex,
  windowsServingUnit,
  servedWeekdays,
  type CatalogIndex,
} from './catalog-index';
export { formatNumber } from './numbering';
export {
  countsTowardQuota,
  homeSiteOf,
  isAncestor,
  itemsAtSite,
  unitForItemAt,
} from './site-items';
export { waitingQueue, nextTicketFor } from './call-order';
export { peopleAhead } from './derived';
export {
  visitorWaitMs,
  visitorWaitEstimator,
  queueFigures,
  unitExpectedMinutes,
  WAIT_FLOOR_SHARE,
  type QueueFigures,
} from './wait-estimate';
export * from './supervision';
export * from './calendar';
export * from './rating';
export * from './scoring';
export * from './proxy';
