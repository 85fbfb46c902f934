/**
 * 事项: the site's items with search (name, code, unit, pinyin initials) and
 * the edit panel; a township (or village) hall also chooses the district's
 * master items it takes (一窗受理, site-items.tsx).
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import type { ItemView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { KEYS } from '../live-keys';
import { DataTable } from '../data-table';
import { Panel } from '../panel';
import { confirmLeave } from '../unsaved-guard';
import { ItemCreateForm, ItemEditForm } from './item-form';
import { GuideForm } from './guide-form';
import { SiteItems } from './site-items';

const col = createColumnHelper<ItemView>();

export function ItemsSection() {
  const t = useT();
  const catalog = useCatalog();
  const { admin, siteId } = useConsole();
  const [open, setOpen] = useState<string | 'new' | 'master'>();
  const parentId = catalog?.sites.find((s) => s.id === siteId)?.parentId;
  const tree = useQuery({
    queryKey: KEYS.sites,
    queryFn: () => admin.sites(),
    enabled: parentId !== undefined,
  }).data;
  const node = tree?.sites.find((s) => s.id === siteId);
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
  const editing =
    open && open !== 'new' && open !== 'master'
      ? catalog.items.find((i) => i.id === open)
      : undefined;
  const choose = (id: string | 'new' | 'master' | undefined) => {
    if (id !== open && confirmLeave(t('unsavedLeave'))) setOpen(id);
  };
  if (open === 'master' && node && parentId !== undefined) {
    return (
      <section className="stack" aria-label={t('siteItems')}>
        <div>
          <button type="button" onClick={() => choose(undefined)}>
            {t('backToItems')}
          </button>
        </div>
        <SiteItems node={{ ...node, parentId }} />
      </section>
    );
  }

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
          <>
            <button type="button" onClick={() => choose('new')}>
              {t('create')}
            </button>
            {node ? (
              <button type="button" onClick={() => choose('master')}>
                {t('siteItems')}（{node.enabledItemIds.length}）
              </button>
            ) : null}
          </>
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
