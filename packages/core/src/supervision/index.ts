/**
 * 电子监察: the supervision rules (S1–S13 of ../../SPEC.md). Pure functions of
 * the hall's model, three small read models and `now`.
 */
export type * from './types';
export { SUPERVISION_DEFAULTS, supervisionSettings } from './settings';
export type { SupervisionSettings } from './settings';
export { levelAt } from './measure';
export { conditionsOf, SUPERVISION_RULES } from './evaluate';
export { planAlerts } from './plan-alerts';
export { unitMarks, type UnitMark } from './unit-marks';
export type { AlertChange, OpenAlert } from './plan-alerts';
