/**
 * 设备: every kiosk, caller, display and rating pad (with its window) of
 * the site with its health (last seen, printer, voice), recent faults; pair
 * or create one (a token is shown once) and revoke one (admins only, as the
 * server enforces).
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { messageOf } from '@hallq/client';
import type { DeviceView } from '@hallq/protocol';
import { formatTime, useI18n } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { DataTable } from '../data-table';
import { KEYS } from '../live-keys';
import { Panel } from '../panel';
import { DeviceCreateForm, DevicePairForm } from './device-form';

const col = createColumnHelper<DeviceView>();

export function DevicesSection() {
  const { t, lang } = useI18n();
  const { admin, staff, siteId } = useConsole();
  const client = useQueryClient();
  const reply = useQuery({ queryKey: KEYS.devices, queryFn: () => admin.devices() }).data;
  const catalog = useCatalog();
  // A rating pad's window, by its number.
  const windowNumber = (id: string | undefined) =>
    id === undefined ? undefined : catalog?.windows.find((w) => w.id === id)?.number;
  const [adding, setAdding] = useState<'pair' | 'create'>();
  const [paired, setPaired] = useState<string>();
  const [error, setError] = useState<string>();
  const isAdmin = staff.role === 'admin';

  const revoke = async (d: DeviceView) => {
    if (!window.confirm(t('confirmRevoke', { name: d.name }))) return;
    setError(undefined);
    try {
      await admin.revokeDevice(d.id);
      void client.invalidateQueries({ queryKey: KEYS.devices });
      void client.invalidateQueries({ queryKey: KEYS.audit });
    } catch (err) {
      setError(messageOf(err, lang));
    }
  };
  const columns = [
    col.accessor('name', { header: t('name') }),
    col.accessor('kind', { header: t('deviceKind'), cell: (c) => t(`dkind_${c.getValue()}`) }),
    col.accessor((d) => windowNumber(d.windowId), {
      id: 'window',
      header: t('deviceWindow'),
      cell: (c) => (c.getValue() === undefined ? '' : `${c.getValue()}`),
    }),
    col.accessor((d) => d.lastSeenAt ?? 0, {
      id: 'lastSeen',
      header: t('lastSeen'),
      cell: (c) => (c.getValue() ? formatTime(c.getValue()) : t('never')),
    }),
    col.accessor((d) => d.printerStatus ?? '', { id: 'printer', header: t('printerStatus') }),
    col.accessor((d) => d.voiceSource ?? '', { id: 'voice', header: t('voiceSource') }),
    col.accessor('revoked', {
      header: t('status'),
      cell: (c) => (c.getValue() ? t('revoked') : t('enabled')),
    }),
    col.display({
      id: 'actions',
      header: t('actions'),
      cell: (c) =>
        isAdmin && !c.row.original.revoked ? (
          <button type="button" className="danger" onClick={() => void revoke(c.row.original)}>
            {t('revoke')}
          </button>
        ) : null,
    }),
  ];
  if (!reply) return <p>{t('loading')}</p>;
  const nameOf = (id: string) => reply.devices.find((d) => d.id === id)?.name ?? id;

  return (
    <div className="split">
      <div className="stack">
        <DataTable
          rows={reply.devices.filter((d) => d.siteId === siteId)}
          columns={columns}
          rowId={(d) => d.id}
          searchTexts={(d) => [d.name, d.id, d.kind]}
          rowClass={(d) => (d.revoked ? 'muted' : undefined)}
          toolbar={
            isAdmin ? (
              <>
                <button type="button" className="primary" onClick={() => setAdding('pair')}>
                  {t('pair')}
                </button>
                <button type="button" onClick={() => setAdding('create')}>
                  {t('create')}
                </button>
              </>
            ) : null
          }
        />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {reply.faults.length ? (
          <section className="faults">
            <h2>{t('faults')}</h2>
            <ul>
              {reply.faults.slice(0, 10).map((f) => (
                <li key={`${f.deviceId}-${f.at}`}>
                  {formatTime(f.at)} · {nameOf(f.deviceId)} · {f.message}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {adding === 'pair' ? (
        <Panel title={`${t('pair')} · ${t('secDevices')}`} onClose={() => setAdding(undefined)}>
          {paired ? (
            <p className="saved-note" role="status">
              {t('paired', { name: paired })}
            </p>
          ) : null}
          <DevicePairForm key={paired ?? ''} onPaired={(name) => setPaired(name)} />
        </Panel>
      ) : adding === 'create' ? (
        <Panel title={`${t('create')} · ${t('secDevices')}`} onClose={() => setAdding(undefined)}>
          <DeviceCreateForm />
        </Panel>
      ) : null}
    </div>
  );
}
