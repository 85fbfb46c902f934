/** 事项: the site's items with search (name, code, unit, pinyin initials) and the edit panel. */
import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { ItemView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useCatalog } from '../console-context';
import { DataTable } from '../data-table';
import { Panel } from '../panel';
import { confirmLeave } from '../unsaved-guard';
import { ItemCreateForm, ItemEditForm } from './item-form';
import { GuideForm } from './guide-form';

const col = createColumnHelper<ItemView>();

export function ItemsSection() {
  const t = useT();
  const catalog = useCatalog();
  const [open, setOpen] = useState<string | 'new'>();
  const unitName = useMemo(
    () => new Map(catalog?.units.map((u) => [u.id, u.shortName || u.name]) ?? []),
    [catalog],
  );
  const columns = useMemo(
    () => [
      col.accessor('code', { header: t('code') }),
      col.accessor('name', { header: t('name') }),
      col.accessor((i) => unitName.get(i.unitId) ?? i.unitId, { id: 'unit', header: t('unit') }),
      col.accessor((i) => i.dailyQuota ?? -1, {
        id: 'quota',
        header: t('dailyQuota'),
        cell: (c) => {
          const i = c.row.original;
          if (i.dailyQuota === undefined) return t('quotaNone');
          return `${i.dailyQuota}（${t('remaining', { n: i.remainingToday ?? i.dailyQuota })}）`;
        },
      }),
      col.accessor('expectedServiceMinutes', { header: t('expectedMinutes') }),
      col.accessor((i) => i.enabled !== false, {
        id: 'enabled',
        header: t('status'),
        cell: (c) => (c.getValue() ? t('enabled') : t('disabled')),
      }),
    ],
    [t, unitName],
  );
  if (!catalog) return <p>{t('loading')}</p>;
  const editing = open && open !== 'new' ? catalog.items.find((i) => i.id === open) : undefined;
  const choose = (id: string | 'new' | undefined) => {
    if (id !== open && confirmLeave(t('unsavedLeave'))) setOpen(id);
  };

  return (
    <div className="split">
      <DataTable
        rows={catalog.items}
        columns={columns}
        rowId={(i) => i.id}
        searchTexts={(i) => [i.name, i.code, unitName.get(i.unitId), ...(i.aliases ?? [])]}
        onRowClick={(i) => choose(i.id)}
        rowClass={(i) =>
          [i.id === open ? 'selected' : '', i.enabled === false ? 'muted' : ''].join(' ')
        }
        toolbar={
          <button type="button" onClick={() => choose('new')}>
            {t('create')}
          </button>
        }
      />
      {open === 'new' ? (
        <Panel title={`${t('create')} · ${t('secItems')}`} onClose={() => setOpen(undefined)}>
          <ItemCreateForm catalog={catalog} onCreated={(id) => setOpen(id)} />
        </Panel>
      ) : editing ? (
        <Panel title={editing.name} onClose={() => setOpen(undefined)}>
          <ItemEditForm key={editing.id} item={editing} />
          <GuideForm key={`guide-${editing.id}`} item={editing} />
        </Panel>
      ) : null}
    </div>
  );
}
