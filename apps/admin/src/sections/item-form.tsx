/**
 * 事项 form: a new item (CreateItemBody) or a change to one (UpdateItemBody),
 * checked by the same TypeBox schema the server validates with. 每日限号
 * left empty means no quota.
 */
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { CreateItemBody, UpdateItemBody, type CatalogReply, type ItemView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useConsole } from '../console-context';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar, numberOrNull, numberOrUndefined } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';
import { AliasesField } from './aliases-field';

const EDIT_FIELDS = [
  'name',
  'category',
  'dailyQuota',
  'expectedServiceMinutes',
  'promisedDays',
  'onTheSpot',
  'enabled',
  'aliases',
] as const;

export function ItemEditForm({ item }: { item: ItemView }) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<UpdateItemBody>({
    resolver: typeboxResolver(UpdateItemBody),
    defaultValues: {
      name: item.name,
      category: item.category,
      dailyQuota: item.dailyQuota ?? null,
      expectedServiceMinutes: item.expectedServiceMinutes,
      promisedDays: item.promisedDays,
      onTheSpot: item.onTheSpot,
      enabled: item.enabled !== false,
      aliases: item.aliases ?? [],
    },
  });
  const { register, handleSubmit, formState, control } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, EDIT_FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit((values) => save.run(values, (v) => admin.updateItem(item.id, v)));

  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate aria-label={t('itemForm')}>
      <p className="form-meta">
        {t('code')}：{item.code} · {t('id')}：{item.id}
      </p>
      <Field label={t('name')} error={e.name} wide>
        <input {...register('name')} />
      </Field>
      <AliasesField control={control} name="aliases" />
      <Field label={t('category')} error={e.category}>
        <input {...register('category')} />
      </Field>
      <Field label={t('dailyQuota')} error={e.dailyQuota}>
        <input
          type="number"
          min={0}
          placeholder={t('quotaNone')}
          {...register('dailyQuota', { setValueAs: numberOrNull })}
        />
      </Field>
      <Field label={t('expectedMinutes')} error={e.expectedServiceMinutes}>
        <input type="number" {...register('expectedServiceMinutes', { valueAsNumber: true })} />
      </Field>
      <Field label={t('promisedDays')} error={e.promisedDays}>
        <input type="number" {...register('promisedDays', { valueAsNumber: true })} />
      </Field>
      <label className="check">
        <input type="checkbox" {...register('onTheSpot')} /> {t('onTheSpot')}
      </label>
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

const CREATE_FIELDS = [
  'id',
  'unitId',
  'code',
  'name',
  'category',
  'dailyQuota',
  'expectedServiceMinutes',
  'promisedDays',
  'onTheSpot',
] as const;

export function ItemCreateForm({
  catalog,
  onCreated,
}: {
  catalog: CatalogReply;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<CreateItemBody>({
    resolver: typeboxResolver(CreateItemBody),
    defaultValues: {
      id: '',
      unitId: catalog.units[0]?.id ?? '',
      name: '',
      promisedDays: 0,
      onTheSpot: true,
      expectedServiceMinutes: 10,
    },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, CREATE_FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit(async (values) => {
    if (await save.run(values, (v) => admin.createItem(v))) onCreated(values.id);
  });

  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('id')} error={e.id}>
        <input {...register('id')} placeholder="item-xxx" />
      </Field>
      <Field label={t('unit')} error={e.unitId}>
        <select {...register('unitId')}>
          {catalog.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('code')} error={e.code}>
        <input {...register('code', { setValueAs: (v: string) => v || undefined })} />
      </Field>
      <Field label={t('name')} error={e.name} wide>
        <input {...register('name')} />
      </Field>
      <Field label={t('category')} error={e.category}>
        <input {...register('category', { setValueAs: (v: string) => v || undefined })} />
      </Field>
      <Field label={t('dailyQuota')} error={e.dailyQuota}>
        <input
          type="number"
          min={0}
          placeholder={t('quotaNone')}
          {...register('dailyQuota', { setValueAs: numberOrUndefined })}
        />
      </Field>
      <Field label={t('expectedMinutes')} error={e.expectedServiceMinutes}>
        <input type="number" {...register('expectedServiceMinutes', { valueAsNumber: true })} />
      </Field>
      <Field label={t('promisedDays')} error={e.promisedDays}>
        <input type="number" {...register('promisedDays', { valueAsNumber: true })} />
      </Field>
      <label className="check">
        <input type="checkbox" {...register('onTheSpot')} /> {t('onTheSpot')}
      </label>
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
