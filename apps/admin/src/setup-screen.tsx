/**
 * 首次设置: the console's first page on a server with no admin account yet.
 * The installer types the setup code the server printed in its log, the
 * hall's name, id and time zone, and the first admin's account; the server
 * makes the district site and the admin (POST /setup), and the console
 * signs that admin in. Everything else is then set in the sections.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { Type, type Static } from 'typebox';
import type { HallqApi } from '@hallq/client';
import { SetupBody, type LoginReply, type SetupStatusReply } from '@hallq/protocol';
import { LangToggle, useI18n } from '@hallq/ui';
import type { AdminApi } from './admin-api';
import { Field, applyServerError } from './field';

/** The body, flat for the form, with the password typed twice. */
const SetupForm = Type.Object({
  code: SetupBody.properties.code,
  siteId: SetupBody.properties.site.properties.id,
  siteName: SetupBody.properties.site.properties.name,
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  username: SetupBody.properties.admin.properties.username,
  name: SetupBody.properties.admin.properties.name,
  password: SetupBody.properties.admin.properties.password,
  again: Type.String(),
});
type SetupForm = Static<typeof SetupForm>;

/** Where a server refusal belongs on this form. */
const FIELDS = ['code', 'siteId', 'siteName', 'timeZone', 'username', 'name', 'password'] as const;

export function SetupScreen({
  api,
  admin,
  status,
  onSignedIn,
}: {
  api: HallqApi;
  admin: AdminApi;
  status: SetupStatusReply;
  onSignedIn: (reply: LoginReply) => void;
}) {
  const { t, lang } = useI18n();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<SetupForm>({
    resolver: typeboxResolver(SetupForm),
    defaultValues: {
      code: '',
      siteId: status.site?.id ?? 'district',
      siteName: status.site?.name ?? '',
      timeZone: status.site?.timeZone ?? status.defaultTimeZone,
      username: 'admin',
      name: '',
      password: '',
      again: '',
    },
  });
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    setFormError(undefined);
    if (v.password !== v.again) {
      setError('again', { type: 'server', message: t('setupPasswordsDiffer') });
      return;
    }
    try {
      await admin.setup({
        code: v.code.trim(),
        site: { id: v.siteId, name: v.siteName.trim(), timeZone: v.timeZone.trim() },
        admin: { username: v.username.trim(), name: v.name.trim(), password: v.password },
      });
      onSignedIn(await api.login({ username: v.username.trim(), password: v.password }));
    } catch (err) {
      setFormError(applyServerError(err, FIELDS, setError, lang));
    }
  });
  const kept = status.site !== undefined;

  return (
    <div className="login-page">
      <div className="login-lang">
        <LangToggle />
      </div>
      <form className="login setup" onSubmit={(ev) => void submit(ev)} noValidate>
        <h1>hallq · {t('appTitle')}</h1>
        <h2>{t('setupTitle')}</h2>
        <p className="hint">{t('setupIntro')}</p>
        <Field label={t('setupCode')} error={e.code}>
          <input autoFocus autoComplete="off" spellCheck={false} {...register('code')} />
        </Field>
        <fieldset>
          <legend>{t('setupHall')}</legend>
          {kept ? <p className="hint">{t('setupKept')}</p> : null}
          <Field label={t('setupHallName')} error={e.siteName}>
            <input readOnly={kept} placeholder="××区政务服务中心" {...register('siteName')} />
          </Field>
          <Field label={t('setupSiteId')} error={e.siteId}>
            <input readOnly={kept} {...register('siteId')} />
          </Field>
          <Field label={t('setupTimeZone')} error={e.timeZone}>
            <input readOnly={kept} {...register('timeZone')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('setupAdmin')}</legend>
          <Field label={t('username')} error={e.username}>
            <input autoComplete="username" {...register('username')} />
          </Field>
          <Field label={t('setupAdminName')} error={e.name}>
            <input {...register('name')} />
          </Field>
          <Field label={t('password')} error={e.password}>
            <input type="password" autoComplete="new-password" {...register('password')} />
          </Field>
          <p className="hint">{t('setupPasswordHint')}</p>
          <Field label={t('setupPasswordAgain')} error={e.again}>
            <input type="password" autoComplete="new-password" {...register('again')} />
          </Field>
        </fieldset>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('setupBusy') : t('setupSubmit')}
        </button>
      </form>
    </div>
  );
}
