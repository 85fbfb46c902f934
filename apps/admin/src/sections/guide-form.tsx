/**
 * 办事指南 editor of one item: the guide's texts and its 申请材料 as an
 * editable list (add, remove, reorder), checked by the protocol's
 * ItemGuide schema on the values the server will get, and saved with
 * PATCH /items/:id {guide}. 事项编码, 事项类型, 承诺时限 and 即办件 are
 * edited with the item itself (item-form.tsx).
 */
import { useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { ItemGuide, type ItemView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useConsole } from '../console-context';
import type { DictKey } from '../dict';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar, numberOrNull } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';
import { blankMaterial, toGuide, toValues, type GuideValues } from './guide-values';

/** The schema checks what will be sent (empties left out), with errors on the form's paths. */
const checkGuide: Resolver<GuideValues> = async (values, context, options) => {
  const result = await typeboxResolver(ItemGuide)(toGuide(values), context, options as never);
  return (
    Object.keys(result.errors).length
      ? { values: {}, errors: result.errors }
      : { values, errors: {} }
  ) as Awaited<ReturnType<Resolver<GuideValues>>>;
};

const TEXTAREAS: [keyof GuideValues, DictKey][] = [
  ['legalBasis', 'gLegalBasis'],
  ['conditions', 'gConditions'],
  ['process', 'gProcess'],
];
const LINES: [keyof GuideValues, DictKey][] = [
  ['implementer', 'gImplementer'],
  ['place', 'gPlace'],
  ['hours', 'gHours'],
  ['consultPhone', 'gConsultPhone'],
  ['complaintPhone', 'gComplaintPhone'],
];
const FIELDS = [
  'materials',
  'legalDays',
  'fee',
  ...LINES.map(([k]) => k),
  ...TEXTAREAS.map(([k]) => k),
];

export function GuideForm({ item }: { item: ItemView }) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<GuideValues>({ resolver: checkGuide, defaultValues: toValues(item.guide) });
  const { register, handleSubmit, formState, control } = form;
  const materials = useFieldArray({ control, name: 'materials' });
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, FIELDS as never, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    save.run(v, (values) => admin.updateItem(item.id, { guide: toGuide(values) })),
  );

  return (
    <form
      className="form guide"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={t('guide')}
    >
      <h3>{t('guide')}</h3>
      {LINES.slice(0, 1).map(([k, label]) => (
        <Field key={k} label={t(label)} error={e[k] as never}>
          <input {...register(k)} />
        </Field>
      ))}
      {TEXTAREAS.map(([k, label]) => (
        <Field key={k} label={t(label)} error={e[k] as never} wide>
          <textarea rows={3} {...register(k)} />
        </Field>
      ))}
      <fieldset className="materials">
        <legend>{t('gMaterials')}</legend>
        {materials.fields.map((f, i) => (
          <div
            key={f.id}
            className="material"
            role="group"
            aria-label={`${t('gMaterial')} ${i + 1}`}
          >
            <Field label={t('gMaterialName')} error={e.materials?.[i]?.name}>
              <input {...register(`materials.${i}.name`)} />
            </Field>
            <div className="material-row">
              <select aria-label={t('gForm')} {...register(`materials.${i}.form`)}>
                <option value="original">{t('gOriginal')}</option>
                <option value="copy">{t('gCopy')}</option>
                <option value="both">{t('gBoth')}</option>
              </select>
              <label className="check">
                {t('gCopies')}
                <input
                  type="number"
                  min={0}
                  className="copies"
                  {...register(`materials.${i}.copies`, { valueAsNumber: true })}
                />
              </label>
              <label className="check">
                <input type="checkbox" {...register(`materials.${i}.required`)} /> {t('gRequired')}
              </label>
            </div>
            <Field label={t('gNotes')} error={e.materials?.[i]?.notes}>
              <input {...register(`materials.${i}.notes`)} />
            </Field>
            <div className="material-actions">
              <button
                type="button"
                className="ghost"
                disabled={i === 0}
                onClick={() => materials.move(i, i - 1)}
              >
                ↑
              </button>
              <button type="button" className="ghost" onClick={() => materials.remove(i)}>
                {t('remove')}
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => materials.append(blankMaterial())}>
          {t('gAddMaterial')}
        </button>
      </fieldset>
      <Field label={t('gLegalDays')} error={e.legalDays}>
        <input type="number" {...register('legalDays', { setValueAs: numberOrNull })} />
      </Field>
      <Field label={t('gFee')} error={e.fee?.amount}>
        <input placeholder={t('gNoFee')} {...register('fee.amount')} />
      </Field>
      <Field label={t('gFeeBasis')} error={e.fee?.basis}>
        <input {...register('fee.basis')} />
      </Field>
      {LINES.slice(1).map(([k, label]) => (
        <Field key={k} label={t(label)} error={e[k] as never}>
          <input {...register(k)} />
        </Field>
      ))}
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}
