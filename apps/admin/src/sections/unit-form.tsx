/** 部门 form: a new unit (CreateUnitBody) or a change to one (UpdateUnitBody). */
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { CreateUnitBody, UpdateUnitBody, type UnitView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { siteField, useConsole } from '../console-context';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';

const EDIT_FIELDS = ['name', 'shortName', 'ticketPrefix', 'zone', 'enabled'] as const;

export function UnitEditForm({ unit }: { unit: UnitView }) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<UpdateUnitBody>({
    resolver: typeboxResolver(UpdateUnitBody),
    defaultValues: {
      name: unit.name,
      shortName: unit.shortName,
      ticketPrefix: unit.ticketPrefix,
      zone: unit.zone ?? '',
      enabled: unit.enabled !== false,
    },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, EDIT_FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit((v) => save.run(v, (body) => admin.updateUnit(unit.id, body)));
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <p className="form-meta">
        {t('id')}：{unit.id} · {t(`kind_${unit.kind}`)}
      </p>
      <Field label={t('name')} error={e.name} wide>
        <input {...register('name')} />
      </Field>
      <Field label={t('shortName')} error={e.shortName}>
        <input {...register('shortName')} />
      </Field>
      <Field label={t('ticketPrefix')} error={e.ticketPrefix}>
        <input {...register('ticketPrefix')} maxLength={2} />
      </Field>
      <Field label={t('zone')} error={e.zone}>
        <input {...register('zone')} />
      </Field>
      <label className="check">
        <input type="checkbox" {...register('enabled')} /> {t('enabled')}
      </label>
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}

const CREATE_FIELDS = ['id', 'name', 'shortName', 'ticketPrefix', 'kind', 'zone'] as const;

export function UnitCreateForm({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useT();
  const ctx = useConsole();
  const { admin } = ctx;
  const form = useForm<CreateUnitBody>({
    resolver: typeboxResolver(CreateUnitBody),
    defaultValues: { id: '', name: '', shortName: '', ticketPrefix: '', kind: 'permanent' },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, CREATE_FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    if (await save.run(v, (body) => admin.createUnit({ ...body, ...siteField(ctx) })))
      onCreated(v.id);
  });
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('id')} error={e.id}>
        <input {...register('id')} placeholder="unit-xxx" />
      </Field>
      <Field label={t('name')} error={e.name} wide>
        <input {...register('name')} />
      </Field>
      <Field label={t('shortName')} error={e.shortName}>
        <input {...register('shortName')} />
      </Field>
      <Field label={t('ticketPrefix')} error={e.ticketPrefix}>
        <input {...register('ticketPrefix')} maxLength={2} />
      </Field>
      <Field label={t('unitKind')} error={e.kind}>
        <select {...register('kind')}>
          {(['whole', 'permanent', 'comprehensive'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('zone')} error={e.zone}>
        <input {...register('zone', { setValueAs: (v: string) => v || undefined })} />
      </Field>
      <SaveBar
        busy={formState.isSubmitting}
        dirty={false}
        saved={false}
        error={save.error}
        label={t('create')}
      />
    </form>
  );
}
