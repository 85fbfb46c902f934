/**
 * 大厅设置 of the manager's site: name, ticket hours, working days, number
 * width, priority ratio, the 过号 confirmation, the kiosk's idle time, the
 * call voice, the QR address, 一次性告知 and 绩效考评's scheme
 * (UpdateSiteBody). The server also refuses a span that ends before it
 * starts; that refusal shows beside the hours. Below, a district admin
 * adds township and village sites (site-create.tsx).
 */
import { Controller, useFieldArray, useForm, type FieldError } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { UpdateSiteBody, type CatalogReply, type SiteView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { Field, FieldGroup } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';
import { WEEKDAYS, weekdayName } from '../weekdays';
import { ScoringFields, scoringChanges } from './site-scoring';
import { SupervisionFields } from './site-supervision';
import { VoiceFields } from './site-voice';
import { SiteCreate } from './site-create';

const FIELDS = [
  'name',
  'openingHours',
  'workingWeekdays',
  'numberWidth',
  'priorityRatio',
  'noShowConfirm',
  'noShowConfirmUnlessRecalls',
  'supervision',
  'scoring',
  'kioskIdleSeconds',
  'voice',
  'voice.template',
  'voice.repeat',
  'voice.one',
  'publicUrl',
  'printMaterials',
] as const;

export function SiteSettings() {
  const { t } = useI18n();
  const catalog = useCatalog();
  const { siteId } = useConsole();
  const site = catalog?.sites.find((s) => s.id === siteId);
  if (!site || !catalog) return <p>{t('loading')}</p>;
  return (
    <>
      <SiteForm key={site.id} site={site} hall={catalog.hall} />
      <SiteCreate />
    </>
  );
}

/**
 * Only what was changed is sent: the audit log then shows the change, and
 * a threshold left alone keeps following the defaults.
 */
export function changedOnly(
  values: UpdateSiteBody,
  dirty: Partial<Record<keyof UpdateSiteBody, unknown>>,
): UpdateSiteBody {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(dirty) as (keyof UpdateSiteBody)[]) {
    const d = dirty[key];
    if (key === 'scoring') {
      const scoring = scoringChanges(values.scoring, d as Record<string, unknown>);
      if (Object.keys(scoring).length > 0) out.scoring = scoring;
    } else if ((key === 'supervision' || key === 'voice') && d && typeof d === 'object') {
      const all = (values[key] ?? {}) as Record<string, unknown>;
      out[key] = Object.fromEntries(Object.keys(d).map((k) => [k, all[k]]));
    } else if (d) out[key] = values[key];
  }
  return out as UpdateSiteBody;
}

function SiteForm({ site, hall }: { site: SiteView; hall: CatalogReply['hall'] }) {
  const { t, lang } = useI18n();
  const { admin } = useConsole();
  const form = useForm<UpdateSiteBody>({
    resolver: typeboxResolver(UpdateSiteBody),
    defaultValues: {
      name: site.name,
      openingHours: site.openingHours ?? [],
      workingWeekdays: site.workingWeekdays ?? [1, 2, 3, 4, 5],
      numberWidth: site.numberWidth ?? 3,
      priorityRatio: site.priorityRatio ?? { priority: 2, ordinary: 1 },
      noShowConfirm: site.noShowConfirm ?? true,
      noShowConfirmUnlessRecalls: site.noShowConfirmUnlessRecalls ?? 1,
      ...(site.supervision ? { supervision: site.supervision } : {}),
      ...(site.scoring ? { scoring: site.scoring as UpdateSiteBody['scoring'] } : {}),
      kioskIdleSeconds: hall.kioskIdleSeconds ?? 60,
      voice: hall.voice,
      publicUrl: hall.publicUrl ?? null,
      printMaterials: hall.printMaterials ?? false,
    },
  });
  const [template, one] = form.watch(['voice.template', 'voice.one']);
  const { register, handleSubmit, formState, control } = form;
  const spans = useFieldArray({ control, name: 'openingHours' });
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    save.run(v, (body) => admin.updateSite(site.id, changedOnly(body, formState.dirtyFields))),
  );

  return (
    <form className="form settings" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('siteName')} error={e.name} wide>
        <input {...register('name')} />
      </Field>
      <fieldset className="wide">
        <legend>{t('openingHours')}</legend>
        {spans.fields.length === 0 ? <p className="hint">{t('anyHour')}</p> : null}
        {spans.fields.map((f, i) => (
          <div key={f.id} className="span-row">
            <input
              type="time"
              aria-label={`${t('openingHours')} ${i + 1} start`}
              {...register(`openingHours.${i}.start`)}
            />
            –
            <input
              type="time"
              aria-label={`${t('openingHours')} ${i + 1} end`}
              {...register(`openingHours.${i}.end`)}
            />
            <button type="button" className="ghost" onClick={() => spans.remove(i)}>
              {t('remove')}
            </button>
          </div>
        ))}
        {e.openingHours ? (
          <span className="field-error" role="alert">
            {e.openingHours.message ?? t('vInvalid')}
          </span>
        ) : null}
        <button type="button" onClick={() => spans.append({ start: '09:00', end: '12:00' })}>
          {t('addSpan')}
        </button>
      </fieldset>
      <Controller
        control={control}
        name="workingWeekdays"
        render={({ field, fieldState }) => (
          <FieldGroup label={t('workingWeekdays')} error={fieldState.error}>
            {WEEKDAYS.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  checked={(field.value ?? []).includes(d)}
                  onChange={(ev) =>
                    field.onChange(
                      ev.target.checked
                        ? [...(field.value ?? []), d].sort()
                        : (field.value ?? []).filter((x) => x !== d),
                    )
                  }
                />{' '}
                {weekdayName(d, lang)}
              </label>
            ))}
          </FieldGroup>
        )}
      />
      <Field label={t('numberWidth')} error={e.numberWidth}>
        <input type="number" {...register('numberWidth', { valueAsNumber: true })} />
      </Field>
      <Field
        label={`${t('priorityRatio')} · ${t('priorityCalls')}`}
        error={e.priorityRatio?.priority ?? (e.priorityRatio as FieldError | undefined)}
      >
        <input type="number" {...register('priorityRatio.priority', { valueAsNumber: true })} />
      </Field>
      <Field
        label={`${t('priorityRatio')} · ${t('ordinaryCalls')}`}
        error={e.priorityRatio?.ordinary}
      >
        <input type="number" {...register('priorityRatio.ordinary', { valueAsNumber: true })} />
      </Field>
      <label className="check">
        <input type="checkbox" {...register('noShowConfirm')} /> {t('noShowConfirm')}
      </label>
      <Field label={t('noShowUnless')} error={e.noShowConfirmUnlessRecalls}>
        <input type="number" {...register('noShowConfirmUnlessRecalls', { valueAsNumber: true })} />
      </Field>
      <Field label={t('kioskIdle')} error={e.kioskIdleSeconds}>
        <input type="number" {...register('kioskIdleSeconds', { valueAsNumber: true })} />
      </Field>
      <VoiceFields register={register} errors={e} template={template ?? ''} one={one ?? 'yao'} />
      <SupervisionFields register={register} errors={e} />
      <ScoringFields register={register} errors={e} />
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}
