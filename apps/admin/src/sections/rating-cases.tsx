/**
 * 好差评整改: the site's 差评 cases, newest first, read-only — the rating,
 * the window, where the case stands, its 回访 and 整改 due days (working
 * days on the 工作日历) and what is overdue now. Supervisors work the cases
 * on the supervisor screen; the console shows how they stand.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import type { RatingCaseView } from '@hallq/protocol';
import { formatDate, useT } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { DataTable } from '../data-table';
import { KEYS } from '../live-keys';

const col = createColumnHelper<RatingCaseView>();
const STATUSES = ['open', 'followedUp', 'rectified', 'appealed', 'closed', 'voided'] as const;

export function RatingCasesSection() {
  const t = useT();
  const { admin, siteId } = useConsole();
  const catalog = useCatalog();
  const [status, setStatus] = useState('');
  const cases =
    useQuery({
      queryKey: [...KEYS.cases, siteId],
      queryFn: () => admin.ratingCases(siteId),
    }).data?.cases ?? [];
  const windowNo = useMemo(
    () => new Map(catalog?.windows.map((w) => [w.id, w.number]) ?? []),
    [catalog],
  );
  const unitName = useMemo(
    () => new Map(catalog?.units.map((u) => [u.id, u.shortName || u.name]) ?? []),
    [catalog],
  );
  const columns = [
    col.accessor('openedAt', { header: t('caseOpened'), cell: (c) => formatDate(c.getValue()) }),
    col.accessor((c) => windowNo.get(c.windowId) ?? c.windowId, {
      id: 'window',
      header: t('deviceWindow'),
    }),
    col.accessor((c) => unitName.get(c.unitId) ?? c.unitId, { id: 'unit', header: t('unit') }),
    col.accessor('level', { header: t('caseLevel'), cell: (c) => t(`level_${c.getValue()}`) }),
    col.accessor((c) => c.tags.join('、'), { id: 'tags', header: t('caseTags') }),
    col.accessor('status', { header: t('status'), cell: (c) => t(`case_${c.getValue()}`) }),
    col.accessor('followUpDueDay', { header: t('caseFollowUpDue') }),
    col.accessor('rectifyDueDay', { header: t('caseRectifyDue') }),
    col.accessor((c) => c.overdue.map((o) => t(`overdue_${o}`)).join('、'), {
      id: 'overdue',
      header: t('caseOverdue'),
      cell: (c) => (c.getValue() ? <strong className="overdue">{c.getValue()}</strong> : ''),
    }),
  ];
  const rows = status ? cases.filter((c) => c.status === status) : cases;
  return (
    <div className="stack">
      <p className="form-meta">{t('casesHint')}</p>
      <DataTable
        rows={rows}
        columns={columns}
        rowId={(c) => c.id}
        searchTexts={(c) => [
          c.tags.join(' '),
          unitName.get(c.unitId),
          String(windowNo.get(c.windowId) ?? ''),
        ]}
        rowClass={(c) => (c.overdue.length ? 'alert' : undefined)}
        toolbar={
          <select
            aria-label={t('status')}
            value={status}
            onChange={(ev) => setStatus(ev.target.value)}
          >
            <option value="">{t('anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`case_${s}`)}
              </option>
            ))}
          </select>
        }
      />
    </div>
  );
}
