/** 窗口 form: a new window (CreateWindowBody) or a change to one (UpdateWindowBody). */
import { useForm, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import {
  CreateWindowBody,
  UpdateWindowBody,
  type UnitView,
  type WindowView,
} from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { siteField, useConsole } from '../console-context';
import { Field, FieldGroup } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';

function UnitChecks({
  units,
  reg,
  error,
}: {
  units: readonly UnitView[];
  reg: UseFormRegisterReturn;
  error: FieldError | undefined;
}) {
  const t = useT();
  return (
    <FieldGroup label={t('windowUnits')} error={error}>
      {units.map((u) => (
        <label key={u.id} className="check">
          <input type="checkbox" value={u.id} {...reg} /> {u.shortName || u.name}
        </label>
      ))}
    </FieldGroup>
  );
}

const EDIT_FIELDS = ['number', 'name', 'zone', 'unitIds'] as const;

export function WindowEditForm({ win, units }: { win: WindowView; units: readonly UnitView[] }) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<UpdateWindowBody>({
    resolver: typeboxResolver(UpdateWindowBody),
    defaultValues: { number: win.number, name: win.name, zone: win.zone, unitIds: win.unitIds },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, EDIT_FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit((v) => save.run(v, (body) => admin.updateWindow(win.id, body)));
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <p className="form-meta">
        {t('id')}：{win.id} · {t(`kind_${win.kind}`)}
      </p>
      <Field label={t('number')} error={e.number}>
        <input type="number" {...register('number', { valueAsNumber: true })} />
      </Field>
      <Field label={t('name')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('zone')} error={e.zone}>
        <input {...register('zone')} />
      </Field>
      <UnitChecks units={units} reg={register('unitIds')} error={e.unitIds as FieldError} />
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}

const CREATE_FIELDS = ['id', 'number', 'name', 'zone', 'kind', 'unitIds'] as const;

export function WindowCreateForm({
  units,
  onCreated,
}: {
  units: readonly UnitView[];
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const ctx = useConsole();
  const { admin } = ctx;
  const form = useForm<CreateWindowBody>({
    resolver: typeboxResolver(CreateWindowBody),
    defaultValues: { id: '', name: '', zone: '', kind: 'permanent', unitIds: [] },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, CREATE_FIELDS, [KEYS.catalog]);
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    if (await save.run(v, (body) => admin.createWindow({ ...body, ...siteField(ctx) })))
      onCreated(v.id);
  });
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('id')} error={e.id}>
        <input {...register('id')} placeholder="w35" />
      </Field>
      <Field label={t('number')} error={e.number}>
        <input type="number" {...register('number', { valueAsNumber: true })} />
      </Field>
      <Field label={t('name')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('zone')} error={e.zone}>
        <input {...register('zone')} />
      </Field>
      <Field label={t('unitKind')} error={e.kind}>
        <select {...register('kind')}>
          {(['whole', 'permanent', 'comprehensive', 'support'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <UnitChecks units={units} reg={register('unitIds')} error={e.unitIds as FieldError} />
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
