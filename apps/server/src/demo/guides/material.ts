/**
 * Shorthand for the demo hall's office guides (办事指南): one material per
 * call, so each guide reads as its checklist. The guides themselves are
 * written for this demo in the project's own words, after the shape of the
 * published Sichuan guides (事项, 条件, 材料, 流程, 时限, 地点).
 */
import type { GuideMaterial } from '@hallq/core';

/** 原件 (o), 复印件 (c) or both (b); `optional` when it is 如有. */
export function m(
  name: string,
  form: 'o' | 'c' | 'b' = 'o',
  copies = 1,
  notes?: string,
  optional = false,
): GuideMaterial {
  const forms = { o: 'original', c: 'copy', b: 'both' } as const;
  return { name, form: forms[form], copies, required: !optional, ...(notes ? { notes } : {}) };
}

/** A material brought only when it applies (如有). */
export const opt = (name: string, form: 'o' | 'c' | 'b' = 'o', notes?: string): GuideMaterial =>
  m(name, form, 1, notes, true);

export const ID_CARD = m('居民身份证', 'o', 1, '核验后退还');
export const AGENT = opt('委托书及代办人身份证', 'o', '他人代办时提供');
export const LICENCE = m('营业执照', 'c', 1, '加盖单位公章');
export const LEGAL_REP_ID = m('法定代表人身份证', 'c', 1);

/** Where and when: the same for every item of a unit (the windows it sits at). */
export interface UnitDesk {
  implementer: string;
  place: string;
}

export const HOURS = '法定工作日 上午9:00—12:00，下午1:30—5:30';
export const COMPLAINTS = '12345';
