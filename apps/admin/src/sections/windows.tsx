/** 窗口: the site's windows, the units each serves today and over the week, and the edit panel. */
import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { WindowView } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useCatalog } from '../console-context';
import { DataTable } from '../data-table';
import { Panel } from '../panel';
import { confirmLeave } from '../unsaved-guard';
import { WindowCreateForm, WindowEditForm } from './window-form';

const col = createColumnHelper<WindowView>();

export function WindowsSection() {
  const t = useT();
  const catalog = useCatalog();
  const [open, setOpen] = useState<string | 'new'>();
  const unitName = useMemo(
    () => new Map(catalog?.units.map((u) => [u.id, u.shortName || u.name]) ?? []),
    [catalog],
  );
  const names = (ids: readonly string[]) => ids.map((id) => unitName.get(id) ?? id).join('、');
  const columns = [
    col.accessor('number', { header: t('number') }),
    col.accessor('name', { header: t('name') }),
    col.accessor('kind', { header: t('unitKind'), cell: (c) => t(`kind_${c.getValue()}`) }),
    col.accessor('zone', { header: t('zone') }),
    col.accessor((w) => names(w.unitIds), { id: 'units', header: t('windowUnits') }),
  ];
  if (!catalog) return <p>{t('loading')}</p>;
  const editing = open && open !== 'new' ? catalog.windows.find((w) => w.id === open) : undefined;
  const choose = (id: string | undefined) => {
    if (id !== open && confirmLeave(t('unsavedLeave'))) setOpen(id);
  };
  return (
    <div className="split">
      <DataTable
        rows={catalog.windows}
        columns={columns}
        rowId={(w) => w.id}
        searchTexts={(w) => [w.name, String(w.number), w.zone, names(w.unitIds)]}
        onRowClick={(w) => choose(w.id)}
        rowClass={(w) => (w.id === open ? 'selected' : undefined)}
        toolbar={
          <button type="button" onClick={() => choose('new')}>
            {t('create')}
          </button>
        }
      />
      {open === 'new' ? (
        <Panel title={`${t('create')} · ${t('secWindows')}`} onClose={() => setOpen(undefined)}>
          <WindowCreateForm units={catalog.units} onCreated={(id) => setOpen(id)} />
        </Panel>
      ) : editing ? (
        <Panel title={editing.name} onClose={() => setOpen(undefined)}>
          <WindowEditForm key={editing.id} win={editing} units={catalog.units} />
        </Panel>
      ) : null}
    </div>
  );
}
