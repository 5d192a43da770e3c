import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { MemberDetail } from './member-detail.tsx';
import { MemberStatus } from './member-status.tsx';
import { MemberTable } from './member-table.tsx';
import { MembersNav } from './members-nav.tsx';
import { sortMembers, type Sort } from './member-sort.ts';
import { useManaged, useMemberAdmins } from './use-members.ts';
import { useWide } from './use-wide.ts';
import './strings.ts';

/** The roll: cards on a phone; from 1024 px a sortable table with the chosen account beside it. */
export function MembersHome() {
  const { t, i18n } = useTranslation('members');
  const { id } = useParams();
  const wide = useWide();
  const { managed, orgs } = useManaged();
  const all = useMemberAdmins();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'status', dir: 'asc' });

  const names = useMemo(() => new Map(orgs.map((o) => [o.id, o.name])), [orgs]);
  const orgName = (orgId: string) => names.get(orgId) ?? '';
  const inScope = useMemo(() => {
    if (!scope) return null;
    const ids = new Set<string>([scope]);
    // a node and everything below it: managed is in tree order, parents first
    for (const { org } of managed ?? []) if (org.parentId && ids.has(org.parentId)) ids.add(org.id);
    return ids;
  }, [scope, managed]);
  const shown = useMemo(
    () =>
      sortMembers(
        (all ?? []).filter((m) => !inScope || inScope.has(m.orgId)),
        sort,
        (orgId) => names.get(orgId) ?? '',
        query,
        i18n.language,
      ),
    [all, inScope, sort, query, names, i18n.language],
  );

  // On a phone the chosen account takes the whole screen; on a PC it sits beside the table.
  if (id && !wide) {
    return (
      <div className="stack">
        <MemberDetail key={id} id={id} />
      </div>
    );
  }

  const filters = (
    <div className="members-filters">
      <TextField
        label={t('list.search')}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {managed && managed.length > 1 && (
        <Select
          label={t('list.branch')}
          value={scope}
          onChange={(event) => setScope(event.target.value)}
          options={[
            { value: '', label: t('list.allBranches') },
            ...managed.map(({ org, depth }) => ({
              value: org.id,
              label: `${'\u3000'.repeat(depth)}${org.name}`,
            })),
          ]}
        />
      )}
    </div>
  );

  const list =
    all === undefined ? null : all.length === 0 ? (
      <EmptyState title={t('list.empty')} />
    ) : shown.length === 0 ? (
      <p className="muted">{t('list.noMatch')}</p>
    ) : wide ? (
      <MemberTable members={shown} sort={sort} onSort={setSort} orgName={orgName} selected={id} />
    ) : (
      <ul className="list member-cards">
        {shown.map((m) => (
          <li key={m.id}>
            <Link className="member-card-link" to={`/members/m/${m.id}`}>
              <span className="member-card-link__name">{m.name}</span>
              <span className="muted">
                {m.phone ?? m.login} · {orgName(m.orgId)} · {t(`standing.${m.standing ?? 'unset'}`)}
              </span>
              <MemberStatus member={m} />
            </Link>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="stack">
      <PageHeader title={t('title')} />
      <MembersNav />
      <div className={wide ? 'members-split' : 'stack'}>
        <section className="stack members-split__list" aria-label={t('nav.list')}>
          {filters}
          {all && all.length > 0 && (
            <p className="muted" aria-live="polite">
              {t('list.count', { count: shown.length })}
            </p>
          )}
          {list}
        </section>
        {wide && (
          <section className="members-split__detail" aria-label={t('detail.login')}>
            {id ? <MemberDetail key={id} id={id} /> : <p className="muted">{t('list.pickOne')}</p>}
          </section>
        )}
      </div>
    </div>
  );
}
