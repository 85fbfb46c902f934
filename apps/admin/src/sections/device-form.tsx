/**
 * Adding a device: pair a screen by the six-digit code it shows (PairDeviceBody:
 * the screen picks its token up by itself), or create one and copy its token
 * by hand (CreateDeviceBody: shown once, here).
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { CreateDeviceBody, PairDeviceBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { siteField, useConsole } from '../console-context';
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
  const save = useSave(form, ['kind', 'name', 'printerUrl'], [KEYS.devices]);
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
          {(['kiosk', 'caller', 'display'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`dkind_${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('name')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('printerUrl')} error={e.printerUrl}>
        <input
          placeholder="tcp://192.168.1.50:9100"
          {...register('printerUrl', { setValueAs: (v: string) => v || undefined })}
        />
      </Field>
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
  const save = useSave(form, ['code', 'kind', 'name', 'printerUrl'], [KEYS.devices]);
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
          {(['display', 'kiosk', 'caller'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`dkind_${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('name')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('printerUrl')} error={e.printerUrl}>
        <input
          placeholder="tcp://192.168.1.50:9100"
          {...register('printerUrl', { setValueAs: (v: string) => v || undefined })}
        />
      </Field>
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
