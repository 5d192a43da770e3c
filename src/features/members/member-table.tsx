import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Row } from '../../db/types.ts';
import type { MemberAdminRecord } from '../../shared/org/records.ts';
import { MemberStatus } from './member-status.tsx';
import type { Sort, SortKey } from './member-sort.ts';
import './strings.ts';

interface MemberTableProps {
  members: readonly Row<MemberAdminRecord>[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  orgName: (id: string) => string;
  selected: string | undefined;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'list.name' },
  { key: 'phone', label: 'list.phone' },
  { key: 'org', label: 'list.org' },
  { key: 'standing', label: 'list.standingCol' },
  { key: 'status', label: 'list.status' },
];

/**
 * The roll at a PC: each column heading is a button that sorts (again: the other way), and
 * aria-sort tells a screen reader which one is in force. A row opens the account beside the table.
 */
export function MemberTable({ members, sort, onSort, orgName, selected }: MemberTableProps) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const open = (id: string) => navigate(`/members/m/${id}`);
  return (
    <div className="members-table-wrap">
      <table className="members-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => {
              const active = sort.key === col.key;
              return (
                <th
                  key={col.key}
                  scope="col"
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="members-table__sort"
                    onClick={() =>
                      onSort({
                        key: col.key,
                        dir: active && sort.dir === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {t(col.label as 'list.name')}
                    <span aria-hidden="true" className="members-table__arrow">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr
              key={m.id}
              className={m.id === selected ? 'members-table__row--selected' : undefined}
              onClick={() => open(m.id)}
            >
              <th scope="row">
                <Link
                  to={`/members/m/${m.id}`}
                  aria-current={m.id === selected ? 'true' : undefined}
                  onClick={(event) => event.stopPropagation()}
                >
                  {m.name}
                </Link>
              </th>
              <td>{m.phone ?? m.login}</td>
              <td>{orgName(m.orgId)}</td>
              <td>{t(`standing.${m.standing ?? 'unset'}`)}</td>
              <td>
                <MemberStatus member={m} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
