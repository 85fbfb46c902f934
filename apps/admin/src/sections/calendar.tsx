/**
 * 工作日历: a year of the official calendar as 好差评's 整改 deadlines count
 * working days — shipped from the State Council notice, entered here, or
 * unknown (Monday to Friday assumed) — as twelve month grids, and, for an
 * admin, the form that enters the year's holidays and 调休 working days
 * (PUT /calendar/:year; the server's coded refusal shows beside the days).
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import type { CalendarYearReply } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useConsole } from '../console-context';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';
import { monthGrid, parseDays } from './calendar-grid';

const WEEK = ['一', '二', '三', '四', '五', '六', '日'];
const MARK = { holiday: '休', makeup: '班', weekend: '', work: '' } as const;

export function CalendarSection() {
  const t = useT();
  const { admin, staff } = useConsole();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const reply = useQuery({
    queryKey: [...KEYS.calendar, year],
    queryFn: () => admin.calendar(year),
  }).data;
  return (
    <div className="stack calendar">
      <div className="filters">
        <label>
          {t('calYear')}{' '}
          <select value={year} onChange={(ev) => setYear(Number(ev.target.value))}>
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {reply ? (
          <p className="form-meta" role="status">
            {reply.known ? (reply.edited ? t('calEdited') : t('calShipped')) : t('calUnknown')}
            {reply.source ? ` · ${reply.source}` : ''}
          </p>
        ) : null}
      </div>
      {reply ? (
        <>
          <YearGrid reply={reply} />
          {staff.role === 'admin' ? (
            <CalendarForm key={JSON.stringify(reply)} reply={reply} />
          ) : null}
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
    </div>
  );
}

function YearGrid({ reply }: { reply: CalendarYearReply }) {
  const t = useT();
  const holidays = new Set(reply.holidays);
  const workdays = new Set(reply.workdays);
  return (
    <div className="months" aria-label={t('secCalendar')}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
        <table key={m} className="month">
          <caption>{t('calMonth', { m })}</caption>
          <thead>
            <tr>
              {WEEK.map((d) => (
                <th key={d}>{d}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(reply.year, m, holidays, workdays).map((week, w) => (
              <tr key={w}>
                {week.map((d, i) =>
                  d ? (
                    <td key={i} className={`day ${d.kind}`} title={d.day}>
                      {d.date}
                      {MARK[d.kind] ? <sup>{MARK[d.kind]}</sup> : null}
                    </td>
                  ) : (
                    <td key={i} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

interface CalendarForm {
  holidays: string;
  workdays: string;
  source: string;
}

function CalendarForm({ reply }: { reply: CalendarYearReply }) {
  const t = useT();
  const { admin } = useConsole();
  const form = useForm<CalendarForm>({
    defaultValues: {
      holidays: reply.holidays.join('\n'),
      workdays: reply.workdays.join('\n'),
      source: reply.source,
    },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  const save = useSave(form, ['holidays', 'workdays', 'source'], [KEYS.calendar]);
  const submit = handleSubmit((v) =>
    save.run(v, (f) =>
      admin.setCalendar(reply.year, {
        holidays: parseDays(f.holidays),
        workdays: parseDays(f.workdays),
        source: f.source.trim(),
      }),
    ),
  );
  return (
    <form className="form settings" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('calHolidays')} error={formState.errors.holidays}>
        <textarea rows={6} {...register('holidays')} />
      </Field>
      <Field label={t('calWorkdays')} error={formState.errors.workdays}>
        <textarea rows={6} {...register('workdays')} />
      </Field>
      <Field label={t('calSource')} error={formState.errors.source} wide>
        <input {...register('source', { required: true })} />
      </Field>
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}
