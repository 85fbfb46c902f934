/** 部门: the site's units with search, their kind and days served, and the edit panel. */
import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { UnitView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { useCatalog } from '../console-context';
import { DataTable } from '../data-table';
import { Panel } from '../panel';
import { confirmLeave } from '../unsaved-guard';
import { UnitCreateForm, UnitEditForm } from './unit-form';
import { weekdayName } from '../weekdays';

const col = createColumnHelper<UnitView>();

export function UnitsSection() {
  const { t, lang } = useI18n();
  const catalog = useCatalog();
  const [open, setOpen] = useState<string | 'new'>();
  const columns = useMemo(
    () => [
      col.accessor('ticketPrefix', { header: t('ticketPrefix') }),
      col.accessor('name', { header: t('name') }),
      col.accessor('shortName', { header: t('shortName') }),
      col.accessor('kind', { header: t('unitKind'), cell: (c) => t(`kind_${c.getValue()}`) }),
      col.accessor((u) => u.servedWeekdays.join(','), {
        id: 'days',
        header: t('servedDays'),
        cell: (c) => c.row.original.servedWeekdays.map((d) => weekdayName(d, lang)).join('、'),
      }),
      col.accessor((u) => u.enabled !== false, {
        id: 'enabled',
        header: t('status'),
        cell: (c) => (c.getValue() ? t('enabled') : t('disabled')),
      }),
    ],
    [t, lang],
  );
  if (!catalog) return <p>{t('loading')}</p>;
  const editing = open && open !== 'new' ? catalog.units.find((u) => u.id === open) : undefined;
  const choose = (id: string | undefined) => {
    if (id !== open && confirmLeave(t('unsavedLeave'))) setOpen(id);
  };
  return (
    <div className="split">
      <DataTable
        rows={catalog.units}
        columns={columns}
        rowId={(u) => u.id}
        searchTexts={(u) => [u.name, u.shortName, u.ticketPrefix, u.id]}
        onRowClick={(u) => choose(u.id)}
        rowClass={(u) =>
          [u.id === open ? 'selected' : '', u.enabled === false ? 'muted' : ''].join(' ')
        }
        toolbar={
          <button type="button" onClick={() => choose('new')}>
            {t('create')}
          </button>
        }
      />
      {open === 'new' ? (
        <Panel title={`${t('create')} · ${t('secUnits')}`} onClose={() => setOpen(undefined)}>
          <UnitCreateForm onCreated={(id) => setOpen(id)} />
        </Panel>
      ) : editing ? (
        <Panel title={editing.name} onClose={() => setOpen(undefined)}>
          <UnitEditForm key={editing.id} unit={editing} />
        </Panel>
      ) : null}
    </div>
  );
}
