/**
 * 新增乡镇（街道）/村（社区）站点, under 大厅设置, for the district hall's
 * admins: a township under the district, a village room under a township
 * (POST /sites). The new site then appears in the hall choice at the top of
 * the section list, where its own settings, units and windows are made.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { CreateSiteBody } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useSave } from '../use-save';

const FIELDS = ['id', 'name', 'level', 'parentId', 'timeZone'] as const;

/** Shown to an admin of the district hall only (the server refuses anyone else). */
export function SiteCreate() {
  const { staff } = useConsole();
  const catalog = useCatalog();
  const own = catalog?.sites.find((s) => s.id === staff.siteId);
  if (staff.role !== 'admin' || own?.level !== 'district' || !catalog) return null;
  return <SiteCreateForm sites={catalog.sites} districtId={own.id} />;
}

function SiteCreateForm({
  sites,
  districtId,
}: {
  sites: { id: string; name: string; level: string }[];
  districtId: string;
}) {
  const { t } = useI18n();
  const { admin } = useConsole();
  const [created, setCreated] = useState<string>();
  const form = useForm<CreateSiteBody>({
    resolver: typeboxResolver(CreateSiteBody),
    defaultValues: { id: '', name: '', level: 'township', parentId: districtId },
  });
  const { register, handleSubmit, formState, watch, setValue } = form;
  const save = useSave(form, FIELDS, [KEYS.catalog, KEYS.sites]);
  const level = watch('level');
  const parents = sites.filter((s) => s.level === (level === 'township' ? 'district' : 'township'));
  const e = formState.errors;
  const submit = handleSubmit(async (v) => {
    setCreated(undefined);
    const body = { id: v.id.trim(), name: v.name.trim(), level: v.level, parentId: v.parentId };
    if (await save.run(v, () => admin.createSite(body))) {
      setCreated(body.name);
      form.reset({ id: '', name: '', level: v.level, parentId: v.parentId });
    }
  });

  return (
    <form
      className="form settings site-create"
      aria-label={t('newSiteTitle')}
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <h2 className="wide">{t('newSiteTitle')}</h2>
      <p className="hint wide">{t('newSiteHint')}</p>
      <Field label={t('newSiteLevel')} error={e.level}>
        <select
          {...register('level', {
            onChange: (ev: { target: { value: string } }) =>
              setValue(
                'parentId',
                ev.target.value === 'township'
                  ? districtId
                  : (sites.find((s) => s.level === 'township')?.id ?? ''),
              ),
          })}
        >
          <option value="township">{t('level_township')}</option>
          <option value="village">{t('level_village')}</option>
        </select>
      </Field>
      <Field label={t('newSiteParent')} error={e.parentId}>
        <select {...register('parentId')}>
          {parents.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('newSiteName')} error={e.name}>
        <input {...register('name')} />
      </Field>
      <Field label={t('newSiteId')} error={e.id}>
        <input placeholder="twn-002" {...register('id')} />
      </Field>
      {created ? (
        <p className="saved-note wide" role="status">
          {t('newSiteCreated', { name: created })}
        </p>
      ) : null}
      <SaveBar
        busy={formState.isSubmitting}
        dirty={false}
        saved={false}
        error={save.error}
        label={t('newSiteCreate')}
      />
    </form>
  );
}
