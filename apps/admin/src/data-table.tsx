/**
 * The console's one table: @tanstack/react-table with sorting by a column
 * header and a search box filtering rows through `matchesQuery` (names,
 * codes, pinyin as on the kiosk). Each section gives its columns and the texts a
 * row is searched by.
 */
import { useState } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { usePinyin, useT } from '@hallq/ui';
import { matchesQuery } from './search';

export function DataTable<Row>({
  rows,
  columns,
  searchTexts,
  rowId,
  onRowClick,
  toolbar,
  rowClass,
}: {
  rows: Row[];
  // Columns of mixed value types: TanStack's own recommendation for a typed array.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  /** Texts a row is found by; no search box without them. */
  searchTexts?: (row: Row) => (string | undefined)[];
  rowId: (row: Row) => string;
  onRowClick?: (row: Row) => void;
  toolbar?: React.ReactNode;
  rowClass?: (row: Row) => string | undefined;
}) {
  const t = useT();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [query, setQuery] = useState('');
  // Searching works at once; pinyin joins when its dictionary has loaded.
  const pinyin = usePinyin();
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: query },
    onSortingChange: setSorting,
    getRowId: rowId,
    globalFilterFn: (row, _column, value: string) =>
      searchTexts ? matchesQuery(searchTexts(row.original), value, pinyin) : true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;

  return (
    <div className="table-wrap">
      <div className="table-tools">
        {searchTexts ? (
          <input
            type="search"
            className="table-search"
            placeholder={t('search')}
            aria-label={t('search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        ) : null}
        <span className="table-count">{t('rows', { n: shown.length })}</span>
        {toolbar}
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  return (
                    <th
                      key={h.id}
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                      onClick={
                        h.column.getCanSort() ? h.column.getToggleSortingHandler() : undefined
                      }
                      className={h.column.getCanSort() ? 'sortable' : undefined}
                    >
                      {flexRender(h.column.columnDef.header, h.getContext())}
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.id}
                className={rowClass?.(row.original)}
                onClick={onRowClick ? () => onRowClick(row.original) : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="empty">{t('noRows')}</p> : null}
      </div>
    </div>
  );
}
