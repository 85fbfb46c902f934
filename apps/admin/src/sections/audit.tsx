/**
 * 审计日志: who changed what, newest first, filtered by dates, actor and
 * target, a page at a time (the server's nextCursor). New entries arrive
 * with the hall's events.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import type { AuditEntry } from '@hallq/protocol';
import { formatDate, formatTime, useT } from '@hallq/ui';
import { useConsole } from '../console-context';
import { DataTable } from '../data-table';
import { KEYS } from '../live-keys';
import { auditQuery, type AuditFilterForm } from './audit-filter';

const col = createColumnHelper<AuditEntry>();
const TARGET_KINDS = [
  'staff',
  'auth',
  'unit',
  'item',
  'window',
  'site',
  'device',
  'notice',
] as const;

/** A change as one short line: the fields whose value differs before and after. */
function changeText(e: AuditEntry): string {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  if (typeof after !== 'object' || after === null) return JSON.stringify(e.after ?? '');
  return Object.keys(after)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${JSON.stringify(before[k] ?? null)} → ${JSON.stringify(after[k])}`)
    .join('；');
}

export function AuditSection() {
  const t = useT();
  const { admin, siteId } = useConsole();
  const staff = useQuery({ queryKey: KEYS.staff, queryFn: () => admin.staff() }).data?.staff;
  const [filter, setFilter] = useState<AuditFilterForm>({
    from: '',
    to: '',
    actor: '',
    target: '',
  });
  const form = useForm<AuditFilterForm>({ defaultValues: filter });
  const pages = useInfiniteQuery({
    queryKey: [...KEYS.audit, siteId, filter],
    queryFn: ({ pageParam }) =>
      admin.audit({
        ...auditQuery(filter),
        siteId,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = pages.data?.pages.flatMap((p) => p.entries) ?? [];
  const columns = [
    col.accessor('at', {
      header: t('at'),
      cell: (c) => `${formatDate(c.getValue())} ${formatTime(c.getValue())}`,
    }),
    col.accessor((e) => e.actor.name, { id: 'actor', header: t('actor') }),
    col.accessor('action', { header: t('action') }),
    col.accessor('target', { header: t('target') }),
    col.accessor(changeText, {
      id: 'change',
      header: t('change'),
      enableSorting: false,
      cell: (c) => <span className="wrap">{c.getValue()}</span>,
    }),
  ];

  return (
    <div className="stack">
      <form
        className="filters"
        onSubmit={(ev) => void form.handleSubmit((v) => setFilter(v))(ev)}
        aria-label={t('filter')}
      >
        <label>
          {t('from')} <input type="date" {...form.register('from')} />
        </label>
        <label>
          {t('to')} <input type="date" {...form.register('to')} />
        </label>
        <label>
          {t('actor')}{' '}
          <select {...form.register('actor')}>
            <option value="">{t('anyActor')}</option>
            {staff?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}（{s.username}）
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('target')}{' '}
          <select {...form.register('target')}>
            <option value="">{t('anyTarget')}</option>
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('filter')}
        </button>
      </form>
      <DataTable
        rows={entries}
        columns={columns}
        rowId={(e) => `${e.at}-${e.target}-${e.action}`}
      />
      {pages.hasNextPage ? (
        <button type="button" onClick={() => void pages.fetchNextPage()}>
          {t('more')}
        </button>
      ) : null}
    </div>
  );
}
