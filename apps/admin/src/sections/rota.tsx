/**
 * 轮值表: one row per comprehensive window, one column per working day, each
 * cell the unit served there that day. Warnings (rota-warnings.ts) show as
 * the grid is edited; 保存 sends PUT /windows/:id/rota for each changed row.
 */
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { messageOf } from '@hallq/client';
import { useI18n } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { weekdayName } from '../weekdays';
import { rotaOf, rotaWarnings, type RotaDraft } from './rota-warnings';

export function RotaSection() {
  const { t } = useI18n();
  const catalog = useCatalog();
  const [done, setDone] = useState(false);
  if (!catalog) return <p>{t('loading')}</p>;
  // A new catalogue (saved here or elsewhere) starts a fresh grid.
  return <RotaGrid key={JSON.stringify(rotaOf(catalog.windows))} done={done} setDone={setDone} />;
}

/** Form keys are `d1`…`d7`: a bare digit in a react-hook-form path would make an array. */
type GridValues = { rota: Record<string, Record<string, string>> };
const toGrid = (draft: RotaDraft): GridValues => ({
  rota: Object.fromEntries(
    Object.entries(draft).map(([w, days]) => [
      w,
      Object.fromEntries(Object.entries(days).map(([d, u]) => [`d${d}`, u])),
    ]),
  ),
});
const fromGrid = (values: GridValues['rota']): RotaDraft =>
  Object.fromEntries(
    Object.entries(values).map(([w, days]) => [
      w,
      Object.fromEntries(
        Object.entries(days)
          .filter(([, u]) => u)
          .map(([d, u]) => [d.slice(1), u]),
      ),
    ]),
  );

function RotaGrid({ done, setDone }: { done: boolean; setDone: (v: boolean) => void }) {
  const { t, lang } = useI18n();
  const catalog = useCatalog()!;
  const { admin, siteId } = useConsole();
  const client = useQueryClient();
  const site = catalog.sites.find((s) => s.id === siteId);
  const days = site?.workingWeekdays ?? [1, 2, 3, 4, 5];
  const windows = catalog.windows.filter((w) => w.kind === 'comprehensive');
  const units = catalog.units.filter((u) => u.kind === 'comprehensive');
  const saved = useMemo(() => rotaOf(catalog.windows), [catalog.windows]);
  const form = useForm<GridValues>({ defaultValues: toGrid(saved) });
  const watched = useWatch({ control: form.control, name: 'rota' });
  const draft = watched ? fromGrid(watched) : saved;
  const [error, setError] = useState<string>();
  useUnsavedGuard(form.formState.isDirty);
  const warnings = rotaWarnings(catalog.units, catalog.windows, draft, days);
  const unitName = (id: string) => catalog.units.find((u) => u.id === id)?.name ?? id;

  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    setDone(false);
    const rota = fromGrid(values.rota);
    try {
      for (const w of windows) {
        const row = rota[w.id] ?? {};
        if (JSON.stringify(row) !== JSON.stringify(saved[w.id] ?? {}))
          await admin.setRota(w.id, row);
      }
      form.reset(values);
      setDone(true);
      void client.invalidateQueries({ queryKey: KEYS.catalog });
      void client.invalidateQueries({ queryKey: KEYS.audit });
    } catch (err) {
      setError(messageOf(err, lang));
    }
  });

  return (
    <form className="rota" onSubmit={(e) => void submit(e)}>
      <h2>{t('rotaTitle')}</h2>
      <table className="data-table rota-grid">
        <thead>
          <tr>
            <th>{t('secWindows')}</th>
            {days.map((d) => (
              <th key={d}>{weekdayName(d, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {windows.map((w) => (
            <tr key={w.id}>
              <th scope="row">{w.name}</th>
              {days.map((d) => (
                <td key={d}>
                  <select
                    aria-label={`${w.name} ${weekdayName(d, lang)}`}
                    {...form.register(`rota.${w.id}.d${d}`)}
                  >
                    <option value="">{t('rotaNone')}</option>
                    {units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.shortName || u.name}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="warnings" aria-live="polite">
        {warnings.length === 0 ? <li className="ok">{t('rotaOk')}</li> : null}
        {warnings.map((w) => (
          <li key={`${w.unitId}-${w.kind === 'lostDay' ? w.weekday : 0}`} role="alert">
            {w.kind === 'noDay'
              ? t('rotaNoDay', { unit: unitName(w.unitId) })
              : t('rotaLostDay', { unit: unitName(w.unitId), day: weekdayName(w.weekday, lang) })}
          </li>
        ))}
      </ul>
      <SaveBar
        busy={form.formState.isSubmitting}
        dirty={form.formState.isDirty}
        saved={done}
        error={error}
      />
    </form>
  );
}
