/**
 * 人员 forms: a new account (CreateStaffBody: they can sign in at once), a
 * change (UpdateStaffBody), and a password reset (ResetPasswordBody: every
 * session of theirs ends). The password policy is the server's; its
 * refusal (HALLQ_E_WEAK_PASSWORD) shows beside the password.
 */
import { useForm, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import {
  CreateStaffBody,
  ResetPasswordBody,
  UpdateStaffBody,
  type AdminStaff,
  type WindowView,
} from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { siteField, useConsole } from '../console-context';
import { Field, FieldGroup } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';

const ROLES = ['clerk', 'supervisor', 'admin'] as const;

function RoleSelect({ reg }: { reg: UseFormRegisterReturn }) {
  const t = useT();
  const { staff } = useConsole();
  // A supervisor cannot make anyone an admin (the server refuses it too).
  const roles = staff.role === 'admin' ? ROLES : ROLES.filter((r) => r !== 'admin');
  return (
    <select {...reg}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {t(`role_${r}`)}
        </option>
      ))}
    </select>
  );
}

function WindowChecks({
  windows,
  reg,
  error,
}: {
  windows: readonly WindowView[];
  reg: UseFormRegisterReturn;
  error: FieldError | undefined;
}) {
  const t = useT();
  return (
    <FieldGroup label={t('windows')} error={error}>
      {windows.map((w) => (
        <label key={w.id} className="check">
          <input type="checkbox" value={w.id} {...reg} /> {w.name}
        </label>
      ))}
    </FieldGroup>
  );
}

const CREATE_FIELDS = ['username', 'password', 'name', 'staffNo', 'role', 'windowIds'] as const;

export function StaffCreateForm({
  windows,
  onCreated,
}: {
  windows: readonly WindowView[];
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const ctx = useConsole();
  const { admin } = ctx;
  const form = useForm<CreateStaffBody>({
    resolver: typeboxResolver(CreateStaffBody),
    defaultValues: { username: '', password: '', name: '', role: 'clerk', windowIds: [] },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, CREATE_FIELDS, [KEYS.staff]);
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    let id = '';
    const ok = await save.run(v, async (body) => {
      id = (await admin.createStaff({ ...body, ...siteField(ctx) })).staff.id;
    });
    if (ok) onCreated(id);
  });
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('username')} error={e.username}>
        <input autoComplete="off" {...register('username')} />
      </Field>
      <Field label={t('password')} error={e.password}>
        <input type="password" autoComplete="new-password" {...register('password')} />
      </Field>
      <Field label={t('personName')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('staffNo')} error={e.staffNo}>
        <input {...register('staffNo', { setValueAs: (v: string) => v || undefined })} />
      </Field>
      <Field label={t('role')} error={e.role}>
        <RoleSelect reg={register('role')} />
      </Field>
      <WindowChecks
        windows={windows}
        reg={register('windowIds')}
        error={e.windowIds as FieldError}
      />
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

const EDIT_FIELDS = ['name', 'staffNo', 'role', 'windowIds'] as const;

export function StaffEditForm({
  member,
  windows,
}: {
  member: AdminStaff;
  windows: readonly WindowView[];
}) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<UpdateStaffBody>({
    resolver: typeboxResolver(UpdateStaffBody),
    defaultValues: {
      name: member.name,
      staffNo: member.staffNo,
      role: member.role,
      windowIds: member.windowIds,
    },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, EDIT_FIELDS, [KEYS.staff]);
  const e = formState.errors;
  const submit = handleSubmit((v) => save.run(v, (body) => admin.updateStaff(member.id, body)));
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <p className="form-meta">
        {t('username')}：{member.username}
      </p>
      <Field label={t('personName')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('staffNo')} error={e.staffNo}>
        <input {...register('staffNo')} />
      </Field>
      <Field label={t('role')} error={e.role}>
        <RoleSelect reg={register('role')} />
      </Field>
      <WindowChecks
        windows={windows}
        reg={register('windowIds')}
        error={e.windowIds as FieldError}
      />
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}

export function ResetPasswordForm({ member }: { member: AdminStaff }) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<ResetPasswordBody>({
    resolver: typeboxResolver(ResetPasswordBody),
    defaultValues: { password: '' },
  });
  const { register, handleSubmit, formState } = form;
  const save = useSave(form, ['password'], [KEYS.staff]);
  const submit = handleSubmit((v) =>
    save
      .run(v, (body) => admin.resetPassword(member.id, body.password))
      .then((ok) => {
        if (ok) form.reset({ password: '' });
      }),
  );
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <h3>{t('resetPassword')}</h3>
      <Field label={t('newPassword')} error={formState.errors.password}>
        <input type="password" autoComplete="new-password" {...register('password')} />
      </Field>
      {save.saved ? <p className="saved-note">{t('passwordReset')}</p> : null}
      <SaveBar
        busy={formState.isSubmitting}
        dirty={false}
        saved={false}
        error={save.error}
        label={t('resetPassword')}
      />
    </form>
  );
}
