/**
 * The office-guide form's values ↔ the protocol's ItemGuide. The form keeps
 * every text as a string ('' when empty) so its inputs stay controlled; the
 * guide sent leaves out what is empty (no fee when no amount is given).
 */
import type { GuideMaterial, ItemGuide } from '@hallq/protocol';

const TEXTS = [
  'implementer',
  'legalBasis',
  'conditions',
  'process',
  'place',
  'hours',
  'consultPhone',
  'complaintPhone',
] as const;
type TextField = (typeof TEXTS)[number];

export type MaterialValues = Omit<GuideMaterial, 'notes'> & { notes: string };

export type GuideValues = Record<TextField, string> & {
  materials: MaterialValues[];
  legalDays: number | null;
  fee: { amount: string; basis: string };
};

export const blankMaterial = (): MaterialValues => ({
  name: '',
  form: 'original',
  copies: 1,
  required: true,
  notes: '',
});

export function toValues(guide: ItemGuide | undefined): GuideValues {
  const texts = Object.fromEntries(TEXTS.map((k) => [k, guide?.[k] ?? ''])) as Record<
    TextField,
    string
  >;
  return {
    ...texts,
    materials: (guide?.materials ?? []).map((m) => ({ ...m, notes: m.notes ?? '' })),
    legalDays: guide?.legalDays ?? null,
    fee: { amount: guide?.fee?.amount ?? '', basis: guide?.fee?.basis ?? '' },
  };
}

export function toGuide(v: GuideValues): ItemGuide {
  const guide: ItemGuide = {
    materials: v.materials.map(({ notes, ...m }) => ({
      ...m,
      name: m.name.trim(),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    })),
  };
  for (const k of TEXTS) {
    const text = v[k].trim();
    if (text) guide[k] = text;
  }
  if (v.legalDays !== null && !Number.isNaN(v.legalDays)) guide.legalDays = v.legalDays;
  if (v.fee.amount.trim()) guide.fee = { amount: v.fee.amount.trim(), basis: v.fee.basis.trim() };
  return guide;
}
