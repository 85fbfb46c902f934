/**
 * The 电子监察 thresholds of 大厅设置 (PATCH /sites/:id `supervision`; 0
 * turns a rule off), shown with the values in force: the queue's, the
 * priority calls beyond the ratio (S7) and the unrated share of a window's
 * day (S12), and the kiosk's idle time. Part of the site form (site-settings.tsx).
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { UpdateSiteBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import type { DictKey } from '../dict';
import { Field } from '../field';

type Threshold = keyof NonNullable<UpdateSiteBody['supervision']>;

export const THRESHOLDS: [Threshold, DictKey][] = [
  ['waitLimitMinutes', 'sWaitLimit'],
  ['serviceOverrunFactor', 'sOverrun'],
  ['idleMinutes', 'sIdle'],
  ['pauseLimitMinutes', 'sPause'],
  ['signedOutMinutes', 'sSignedOut'],
  ['backlogWaiting', 'sBacklogWaiting'],
  ['backlogWaitMinutes', 'sBacklogWait'],
  ['deviceUnseenMinutes', 'sDeviceUnseen'],
  ['deviceFaultRedMinutes', 'sDeviceFaultRed'],
  ['outOfOrderPerDay', 'sOutOfOrder'],
  ['transfersPerDay', 'sTransfers'],
  ['priorityBeyondRatioPerDay', 'sPriorityBeyond'],
  ['unratedSharePercent', 'sUnratedShare'],
  ['unratedMinFinished', 'sUnratedMin'],
  ['escalateAfterMinutes', 'sEscalate'],
];

export function SupervisionFields({
  register,
  errors,
}: {
  register: UseFormRegister<UpdateSiteBody>;
  errors: FieldErrors<UpdateSiteBody>;
}) {
  const t = useT();
  return (
    <fieldset className="wide thresholds">
      <legend>{t('supervision')}</legend>
      {THRESHOLDS.map(([key, label]) => (
        <Field key={key} label={t(label)} error={errors.supervision?.[key]}>
          <input
            type="number"
            step={key === 'serviceOverrunFactor' ? 0.1 : 1}
            {...register(`supervision.${key}`, { valueAsNumber: true })}
          />
        </Field>
      ))}
    </fieldset>
  );
}
