/**
 * 一窗受理 of a township (or village) hall: which items of the district's
 * master catalogue it takes, queued at its intake unit (PUT /sites/:id/items,
 * which replaces the list). The master items are searched as every list is
 * (name, code, unit, pinyin initials) and ticked; unsaved changes warn.
 * A village room has no hall and no intake unit: it ticks the district's
 * master items its agent takes in as 代办 (handled at a site above it).
 */
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { SiteItemsBody, type CatalogReply, type ItemView, type SiteNode } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { DataTable } from '../data-table';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';

const col = createColumnHelper<ItemView>();

/** The top of the network above a site (the district hall, keeper of the master catalogue). */
function rootOf(sites: CatalogReply['sites'], id: string): string {
  const byId = new Map(sites.map((s) => [s.id, s]));
  let at = id;
  for (let up = byId.get(at)?.parentId; up !== undefined; up = byId.get(at)?.parentId) at = up;
  return at;
}

export function SiteItems({ node }: { node: SiteNode & { parentId: string } }) {
  const t = useT();
  const { api } = useConsole();
  const sites = useCatalog()?.sites;
  // A township takes its parent's items; a village room, the master catalogue's.
  const masterId = node.level === 'village' && sites ? rootOf(sites, node.parentId) : node.parentId;
  const master = useQuery({
    queryKey: [...KEYS.catalog, masterId],
    queryFn: () => api.catalog(masterId),
    enabled: node.level !== 'village' || sites !== undefined,
  }).data;
  if (!master) return <p>{t('loading')}</p>;
  // Keyed by site: a save's own reread must not remount the form (and lose 已保存).
  return <SiteItemsForm key={node.id} node={node} master={master} />;
}

function SiteItemsForm({ node, master }: { node: SiteNode; master: CatalogReply }) {
  const t = useT();
  const { admin } = useConsole();
  const own = useCatalog();
  const form = useForm<SiteItemsBody>({
    resolver: typeboxResolver(SiteItemsBody),
    defaultValues: {
      itemIds: node.enabledItemIds,
      ...(node.intakeUnitId ? { intakeUnitId: node.intakeUnitId } : {}),
    },
  });
  const { register, handleSubmit, formState, control } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, ['itemIds', 'intakeUnitId'], [KEYS.catalog, KEYS.sites]);
  const submit = handleSubmit((v) => save.run(v, (body) => admin.setSiteItems(node.id, body)));
  const unitName = useMemo(
    () => new Map(master.units.map((u) => [u.id, u.shortName || u.name])),
    [master],
  );
  // The master items are the parent's own (not those it takes from further up).
  const items = master.items.filter((i) => i.homeUnitId === undefined && i.enabled !== false);
  const intakeUnits = (own?.units ?? []).filter((u) => u.siteId === node.id);
  const village = node.level === 'village';

  return (
    <form className="form site-items" onSubmit={(ev) => void submit(ev)} noValidate>
      <p className="form-meta">
        {t(village ? 'siteItemsVillageHint' : 'siteItemsHint', { site: master.hall.name })}
      </p>
      {village ? null : (
        <Field label={t('intakeUnit')} error={formState.errors.intakeUnitId}>
          <select {...register('intakeUnitId', { setValueAs: (v: string) => v || undefined })}>
            <option value="">{t('chooseUnit')}</option>
            {intakeUnits.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Controller
        control={control}
        name="itemIds"
        render={({ field, fieldState }) => {
          const chosen = new Set(field.value);
          const toggle = (id: string, on: boolean) =>
            field.onChange(on ? [...field.value, id] : field.value.filter((x) => x !== id));
          const columns = [
            col.display({
              id: 'take',
              header: t('siteItemsTaken', { n: chosen.size }),
              cell: (c) => (
                <input
                  type="checkbox"
                  aria-label={c.row.original.name}
                  checked={chosen.has(c.row.original.id)}
                  onChange={(ev) => toggle(c.row.original.id, ev.target.checked)}
                />
              ),
            }),
            col.accessor('code', { header: t('code') }),
            col.accessor('name', { header: t('name') }),
            col.accessor((i) => unitName.get(i.unitId) ?? i.unitId, {
              id: 'unit',
              header: t('unit'),
            }),
          ];
          return (
            <div className="wide">
              <DataTable
                rows={items}
                columns={columns}
                rowId={(i) => i.id}
                searchTexts={(i) => [i.name, i.code, unitName.get(i.unitId), ...(i.aliases ?? [])]}
                rowClass={(i) => (chosen.has(i.id) ? 'selected' : undefined)}
              />
              {fieldState.error ? (
                <span className="field-error" role="alert">
                  {fieldState.error.message ?? t('vInvalid')}
                </span>
              ) : null}
            </div>
          );
        }}
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
