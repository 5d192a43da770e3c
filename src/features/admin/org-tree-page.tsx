import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { AdminRefused } from './admin-refused.tsx';
import { BackLink } from './back-link.tsx';
import { buildTree, flattenTree } from './org-tree-model.ts';
import { OrgNodeDetail } from './org-node-detail.tsx';
import { OrgTreeList } from './org-tree-list.tsx';
import { useAdminData, useViewer } from './use-admin-data.ts';
import './strings.ts';

const TREE_MUTATIONS = ['org.save', 'member.roles', 'account.create'];

/**
 * The organisation tree with counts per node. At a PC the tree sits beside the chosen node; on a
 * phone the node replaces the tree, with a way back. Admins change it; organizers see their part.
 */
export function OrgTreePage() {
  const { t } = useTranslation('admin');
  const data = useAdminData();
  const { viewer, managed } = useViewer(data?.orgs);
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('node');
  const rootId = viewer?.orgId;
  const tree = useMemo(
    () => (data && rootId ? buildTree(data.orgs, data.accounts, data.firms, rootId) : null),
    [data, rootId],
  );
  const rows = useMemo(() => flattenTree(tree), [tree]);
  const selected = rows.find((r) => r.org.id === selectedId) ?? null;

  if (!data || !viewer) return <p className="route-loading">{t('loading')}</p>;
  const select = (id: string | null) => setParams(id ? { node: id } : {}, { replace: false });

  return (
    <div className="stack">
      <PageHeader title={t('tree.title')} leading={<BackLink />} />
      {!viewer.isAdmin && <p className="muted">{t('tree.readOnly')}</p>}
      <AdminRefused names={TREE_MUTATIONS} />
      {rows.length === 0 ? (
        <EmptyState title={t('tree.empty')} />
      ) : (
        <div className={selected ? 'admin-split admin-split--detail' : 'admin-split'}>
          <div className="admin-split__list">
            <OrgTreeList rows={rows} selectedId={selected?.org.id ?? null} onSelect={select} />
          </div>
          <div className="admin-split__detail">
            {selected ? (
              <OrgNodeDetail
                node={selected}
                data={data}
                viewer={viewer}
                managed={managed}
                onBack={() => select(null)}
                onSelect={select}
              />
            ) : (
              <p className="muted admin-split__hint">{t('tree.pick')}</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
