import type { ReactNode } from 'react';

export interface Column<R, K extends string> {
  key: K;
  label: string;
  render: (row: R) => ReactNode;
  sortable?: boolean;
  /** e.g. 'num' for right-aligned figures */
  className?: string;
}

interface DataTableProps<R, K extends string> {
  caption: string;
  columns: readonly Column<R, K>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  sort: { key: K; dir: 'asc' | 'desc' };
  onSort: (key: K) => void;
  /** texts of the phone's sort control */
  sortLabel: string;
  ascLabel: string;
  descLabel: string;
  onSortDir: (dir: 'asc' | 'desc') => void;
}

/**
 * One table for both sizes: from 1024 px a real table whose headers sort (aria-sort says how);
 * on a phone each row is a card with its labels, and a sort control sits above.
 */
export function DataTable<R, K extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  sortLabel,
  ascLabel,
  descLabel,
  onSortDir,
}: DataTableProps<R, K>) {
  const sortable = columns.filter((c) => c.sortable);
  return (
    <div className="data-table">
      {sortable.length > 0 && (
        <div className="data-table__sort">
          <label className="field">
            <span className="field__label">{sortLabel}</span>
            <select
              className="input"
              value={sort.key}
              onChange={(e) => onSort(e.target.value as K)}
            >
              {sortable.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            onClick={() => onSortDir(sort.dir === 'asc' ? 'desc' : 'asc')}
          >
            {sort.dir === 'asc' ? ascLabel : descLabel}
          </button>
        </div>
      )}
      <table className="data-table__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.className}
                aria-sort={
                  sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {c.sortable ? (
                  <button
                    type="button"
                    className="data-table__sorter"
                    onClick={() => onSort(c.key)}
                  >
                    {c.label}
                    <span aria-hidden="true" className="data-table__arrow">
                      {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (
                <td key={c.key} className={c.className} data-label={c.label}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
