/**
 * 绩效考评's scheme in 大厅设置 (PATCH /sites/:id `scoring`, core P1): the
 * full score, the cut-offs of 优秀, 良好 and 合格, the points a 差评 and a
 * late 回访 or 整改 take off, the 满意率 bonus, and each alert rule's points
 * at yellow and red, shown with the values in force. Part of the site form
 * (site-settings.tsx). The server refuses cut-offs that cannot grade.
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { UpdateSiteBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import type { DictKey } from '../dict';
import { errorText, Field } from '../field';

type Scoring = NonNullable<UpdateSiteBody['scoring']>;
type Rule = keyof NonNullable<Scoring['alertPoints']>;
type Plain = Exclude<keyof Scoring, 'alertPoints' | 'grades'>;

export const RULES: Rule[] = [
  'long-wait',
  'service-overrun',
  'window-idle',
  'window-absent',
  'hall-backup',
  'device-fault',
  'fairness',
  'proxy-overdue',
  'rating',
  'rectification-overdue',
];

const PLAIN: [Plain, DictKey, number][] = [
  ['baseScore', 'scBase', 1],
  ['dissatisfiedPoints', 'scDissatisfied', 0.5],
  ['veryDissatisfiedPoints', 'scVeryDissatisfied', 0.5],
  ['lateFollowUpPoints', 'scLateFollowUp', 0.5],
  ['lateRectifyPoints', 'scLateRectify', 0.5],
  ['bonusPoints', 'scBonus', 0.5],
  ['bonusSatisfactionRate', 'scBonusRate', 0.01],
  ['bonusMinRatings', 'scBonusMin', 1],
];
const GRADES: ['excellent' | 'good' | 'pass', DictKey][] = [
  ['excellent', 'scExcellent'],
  ['good', 'scGood'],
  ['pass', 'scPass'],
];

type Dirty = Record<string, unknown> | boolean | undefined;

/**
 * What of the scheme was changed: the plain values and cut-offs one by one
 * (the rest keep following the defaults), an alert rule's yellow and red
 * together (the server takes a rule's points as a pair).
 */
export function scoringChanges(values: Scoring | undefined, dirty: Dirty): Scoring {
  if (!values || !dirty || typeof dirty !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, d] of Object.entries(dirty)) {
    if (!d) continue;
    const value = (values as Record<string, unknown>)[key];
    if (key === 'alertPoints' && typeof d === 'object') {
      const all = (value ?? {}) as Record<string, unknown>;
      out.alertPoints = Object.fromEntries(Object.keys(d).map((rule) => [rule, all[rule]]));
    } else if (key === 'grades' && typeof d === 'object') {
      const all = (value ?? {}) as Record<string, unknown>;
      out.grades = Object.fromEntries(Object.keys(d).map((g) => [g, all[g]]));
    } else out[key] = value;
  }
  return out as Scoring;
}

export function ScoringFields({
  register,
  errors,
}: {
  register: UseFormRegister<UpdateSiteBody>;
  errors: FieldErrors<UpdateSiteBody>;
}) {
  const t = useT();
  const e = errors.scoring;
  const whole = e?.type === 'server' ? errorText(e as never, t) : undefined;
  return (
    <fieldset className="wide thresholds">
      <legend>{t('scoring')}</legend>
      {whole ? (
        <span className="field-error wide" role="alert">
          {whole}
        </span>
      ) : null}
      {PLAIN.slice(0, 1).map(([key, label, step]) => (
        <Field key={key} label={t(label)} error={e?.[key]}>
          <input
            type="number"
            step={step}
            {...register(`scoring.${key}`, { valueAsNumber: true })}
          />
        </Field>
      ))}
      {GRADES.map(([key, label]) => (
        <Field key={key} label={t(label)} error={e?.grades?.[key]}>
          <input
            type="number"
            step={0.5}
            {...register(`scoring.grades.${key}`, { valueAsNumber: true })}
          />
        </Field>
      ))}
      {PLAIN.slice(1).map(([key, label, step]) => (
        <Field key={key} label={t(label)} error={e?.[key]}>
          <input
            type="number"
            step={step}
            {...register(`scoring.${key}`, { valueAsNumber: true })}
          />
        </Field>
      ))}
      <p className="hint wide">{t('scAlertPoints')}</p>
      {RULES.map((rule) => (
        <Field
          key={rule}
          label={t(`scRule.${rule}` as DictKey)}
          error={e?.alertPoints?.[rule]?.yellow ?? e?.alertPoints?.[rule]?.red}
        >
          <span className="span-row">
            <input
              type="number"
              step={0.5}
              aria-label={`${t(`scRule.${rule}` as DictKey)} ${t('scYellow')}`}
              {...register(`scoring.alertPoints.${rule}.yellow`, { valueAsNumber: true })}
            />
            <input
              type="number"
              step={0.5}
              aria-label={`${t(`scRule.${rule}` as DictKey)} ${t('scRed')}`}
              {...register(`scoring.alertPoints.${rule}.red`, { valueAsNumber: true })}
            />
          </span>
        </Field>
      ))}
    </fieldset>
  );
}
