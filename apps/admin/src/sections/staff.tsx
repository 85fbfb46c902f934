/** 人员: the site's staff with search, create, edit, disable or enable, reset password. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { messageOf } from '@hallq/client';
import type { AdminStaff } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { DataTable } from '../data-table';
import { KEYS } from '../live-keys';
import { Panel } from '../panel';
import { confirmLeave } from '../unsaved-guard';
import { ResetPasswordForm, StaffCreateForm, StaffEditForm } from './staff-form';

const col = createColumnHelper<AdminStaff>();

export function StaffSection() {
  const { t, lang } = useI18n();
  const { admin, siteId } = useConsole();
  const catalog = useCatalog();
  const client = useQueryClient();
  const list = useQuery({ queryKey: KEYS.staff, queryFn: () => admin.staff() }).data?.staff;
  const [open, setOpen] = useState<string | 'new'>();
  const [actionError, setActionError] = useState<string>();
  const windows = catalog?.windows ?? [];
  const windowNames = (ids: readonly string[]) =>
    ids.map((id) => windows.find((w) => w.id === id)?.name ?? id).join('、');
  const columns = [
    col.accessor('username', { header: t('username') }),
    col.accessor('name', { header: t('name') }),
    col.accessor('staffNo', { header: t('staffNo') }),
    col.accessor('role', { header: t('role'), cell: (c) => t(`role_${c.getValue()}`) }),
    col.accessor((s) => windowNames(s.windowIds), { id: 'windows', header: t('windows') }),
    col.accessor('active', {
      header: t('status'),
      cell: (c) => (c.getValue() ? t('active') : t('disabled')),
    }),
  ];
  if (!list || !catalog) return <p>{t('loading')}</p>;
  const ofSite = list.filter((s) => s.siteId === siteId);
  const member = open && open !== 'new' ? list.find((s) => s.id === open) : undefined;
  const choose = (id: string | undefined) => {
    if (id !== open && confirmLeave(t('unsavedLeave'))) {
      setActionError(undefined);
      setOpen(id);
    }
  };
  const toggle = async (m: AdminStaff) => {
    if (m.active && !window.confirm(t('confirmDisable', { name: m.name }))) return;
    setActionError(undefined);
    try {
      await (m.active ? admin.disableStaff(m.id) : admin.enableStaff(m.id));
      void client.invalidateQueries({ queryKey: KEYS.staff });
      void client.invalidateQueries({ queryKey: KEYS.audit });
    } catch (err) {
      setActionError(messageOf(err, lang));
    }
  };

  return (
    <div className="split">
      <DataTable
        rows={ofSite}
        columns={columns}
        rowId={(s) => s.id}
        searchTexts={(s) => [s.username, s.name, s.staffNo, windowNames(s.windowIds)]}
        onRowClick={(s) => choose(s.id)}
        rowClass={(s) => [s.id === open ? 'selected' : '', s.active ? '' : 'muted'].join(' ')}
        toolbar={
          <button type="button" onClick={() => choose('new')}>
            {t('create')}
          </button>
        }
      />
      {open === 'new' ? (
        <Panel title={`${t('create')} · ${t('secStaff')}`} onClose={() => setOpen(undefined)}>
          <StaffCreateForm windows={windows} onCreated={(id) => setOpen(id)} />
        </Panel>
      ) : member ? (
        <Panel title={member.name} onClose={() => setOpen(undefined)}>
          <StaffEditForm key={member.id} member={member} windows={windows} />
          <div className="panel-actions">
            <button
              type="button"
              className={member.active ? 'danger' : undefined}
              onClick={() => void toggle(member)}
            >
              {member.active ? t('disable') : t('enable')}
            </button>
            {actionError ? (
              <p className="form-error" role="alert">
                {actionError}
              </p>
            ) : null}
          </div>
          <ResetPasswordForm key={`pw-${member.id}`} member={member} />
        </Panel>
      ) : null}
    </div>
  );
}
