/**
 * 大厅设置's screens and tickets: how the hall screen reads a call (template,
 * repeats, 幺 or 一, with the phrase it would say for A0127 at window 5), the
 * address phones open from a ticket's QR code, and 一次性告知 (the printed
 * ticket lists the item's 申请材料). Part of the site form (site-settings.tsx);
 * the screens re-read them on the change, without a reload.
 */
import type { FieldError, FieldErrors, UseFormRegister } from 'react-hook-form';
import type { UpdateSiteBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { Field } from '../field';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The phrase the display would speak (as apps/display's callPhrase reads a number). */
export function samplePhrase(template: string, one: 'yao' | 'yi', number = 'A0127', window = 5) {
  const spoken = Array.from(number, (ch) =>
    ch >= '0' && ch <= '9' ? (ch === '1' && one === 'yao' ? '幺' : DIGITS[Number(ch)]) : ch,
  ).join('');
  return template.replaceAll('{number}', spoken).replaceAll('{window}', String(window));
}

/** An empty address box gives the site's address back to the server (null). */
export const urlOrNull = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v;

export function VoiceFields({
  register,
  errors,
  template,
  one,
}: {
  register: UseFormRegister<UpdateSiteBody>;
  errors: FieldErrors<UpdateSiteBody>;
  template: string;
  one: 'yao' | 'yi';
}) {
  const t = useT();
  return (
    <fieldset className="wide voice">
      <legend>{t('voice')}</legend>
      <Field
        label={t('voiceTemplate')}
        error={errors.voice?.template ?? (errors.voice as FieldError | undefined)}
        wide
      >
        <input {...register('voice.template')} />
      </Field>
      <p className="hint" aria-live="polite">
        {t('voiceSample')}：{samplePhrase(template, one)}
      </p>
      <Field label={t('voiceRepeat')} error={errors.voice?.repeat}>
        <input type="number" {...register('voice.repeat', { valueAsNumber: true })} />
      </Field>
      <Field label={t('voiceOne')} error={errors.voice?.one}>
        <select {...register('voice.one')}>
          <option value="yao">{t('oneYao')}</option>
          <option value="yi">{t('oneYi')}</option>
        </select>
      </Field>
      <Field label={t('publicUrl')} error={errors.publicUrl} wide>
        <input
          placeholder="http://192.168.1.10:8080"
          {...register('publicUrl', { setValueAs: urlOrNull })}
        />
      </Field>
      <label className="check wide">
        <input type="checkbox" {...register('printMaterials')} /> {t('printMaterials')}
      </label>
    </fieldset>
  );
}
