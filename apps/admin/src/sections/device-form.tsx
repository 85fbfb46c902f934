/**
 * Adding a device: pair a screen by the six-digit code it shows (PairDeviceBody:
 * the screen picks its token up by itself), or create one and copy its token
 * by hand (CreateDeviceBody: shown once, here). A rating pad (评价器) is
 * bound to the window it stands at; a kiosk may name its network printer.
 */
import { useState } from 'react';
import { useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { CreateDeviceBody, PairDeviceBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { siteField, useCatalog, useConsole } from '../console-context';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';

export function DeviceCreateForm() {
  const t = useT();
  const ctx = useConsole();
  const { admin } = ctx;
  const [token, setToken] = useState<string>();
  const form = useForm<CreateDeviceBody>({
    resolver: typeboxResolver(CreateDeviceBody),
    defaultValues: { kind: 'display', name: '' },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, ['kind', 'name', 'printerUrl', 'windowId'], [KEYS.devices]);
  const kind = form.watch('kind');
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    save.run(v, async (body) =>
      setToken((await admin.createDevice({ ...body, ...siteField(ctx) })).token),
    ),
  );
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('deviceKind')} error={e.kind}>
        <select {...register('kind')}>
          {(['kiosk', 'caller', 'display', 'rater'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`dkind_${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('name')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <KindFields kind={kind} register={register} errors={e} />
      {token ? (
        <p className="token-once" role="status">
          {t('tokenOnce')}
          <code>{token}</code>
        </p>
      ) : null}
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

export function DevicePairForm({ onPaired }: { onPaired: (name: string) => void }) {
  const t = useT();
  const ctx = useConsole();
  const { admin } = ctx;
  const form = useForm<PairDeviceBody>({
    resolver: typeboxResolver(PairDeviceBody),
    defaultValues: { code: '', kind: 'display', name: '' },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, ['code', 'kind', 'name', 'printerUrl', 'windowId'], [KEYS.devices]);
  const kind = form.watch('kind');
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    if (await save.run(v, (body) => admin.pairDevice({ ...body, ...siteField(ctx) })))
      onPaired(v.name);
  });
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <p className="form-meta">{t('pairHint')}</p>
      <Field label={t('pairCode')} error={e.code}>
        <input
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          className="pair-code"
          {...register('code', { setValueAs: (v: string) => v.replace(/\s/g, '') })}
        />
      </Field>
      <Field label={t('deviceKind')} error={e.kind}>
        <select {...register('kind')}>
          {(['display', 'kiosk', 'caller', 'rater'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`dkind_${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('name')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <KindFields kind={kind} register={register} errors={e} />
      <SaveBar
        busy={formState.isSubmitting}
        dirty={false}
        saved={false}
        error={save.error}
        label={t('pair')}
      />
    </form>
  );
}

/**
 * What depends on the kind: a kiosk's printer address; a rating pad's
 * window (评价器 are bound to one window, the server refuses one without).
 */
function KindFields<T extends { printerUrl?: string; windowId?: string }>({
  kind,
  register,
  errors,
}: {
  kind: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  const t = useT();
  const catalog = useCatalog();
  const reg = register as unknown as UseFormRegister<{ printerUrl?: string; windowId?: string }>;
  const e = errors as FieldErrors<{ printerUrl?: string; windowId?: string }>;
  if (kind === 'rater') {
    return (
      <Field label={t('raterWindow')} error={e.windowId}>
        <select
          {...reg('windowId', {
            shouldUnregister: true,
            setValueAs: (v: string) => v || undefined,
          })}
        >
          <option value="">{t('chooseWindow')}</option>
          {(catalog?.windows ?? []).map((w) => (
            <option key={w.id} value={w.id}>
              {w.number} · {w.name}
            </option>
          ))}
        </select>
      </Field>
    );
  }
  if (kind !== 'kiosk') return null;
  return (
    <Field label={t('printerUrl')} error={e.printerUrl}>
      <input
        placeholder="tcp://192.168.1.50:9100"
        {...reg('printerUrl', {
          shouldUnregister: true,
          setValueAs: (v: string) => v || undefined,
        })}
      />
    </Field>
  );
}
