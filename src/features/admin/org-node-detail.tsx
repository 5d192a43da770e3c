import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { CHILD_KINDS } from '../../shared/org/kinds.ts';
import { OrgMoveDialog } from './org-move-dialog.tsx';
import { OrgNodeDialog } from './org-node-dialog.tsx';
import { pathTo, type TreeNode } from './org-tree-model.ts';
import { OrganizersPanel } from './organizers-panel.tsx';
import type { AdminData, Viewer } from './use-admin-data.ts';
import './strings.ts';

interface OrgNodeDetailProps {
  node: TreeNode;
  data: AdminData;
  viewer: Viewer;
  managed: ReadonlySet<string>;
  onBack: () => void;
  onSelect: (id: string) => void;
}

type Editing = 'add' | 'rename' | 'move' | null;

/** One node: where it sits, its counts, what an admin may change, and its organizers. */
export function OrgNodeDetail({
  node,
  data,
  viewer,
  managed,
  onBack,
  onSelect,
}: OrgNodeDetailProps) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState<Editing>(null);
  const { org, counts } = node;
  // org.save is for an admin above the node: their own root is renamed by someone above them
  const inReach = viewer.isAdmin && managed.has(org.id);
  const mayAdd = inReach && CHILD_KINDS[org.kind].length > 0;
  const mayChange = inReach && org.id !== viewer.orgId;
  const path = pathTo(data.orgs, org.id);

  return (
    <div className="stack">
      <button
        type="button"
        className="btn btn--ghost btn--small admin-split__back"
        onClick={onBack}
      >
        ‹ {t('tree.backToTree')}
      </button>
      <Card title={org.name} className="org-detail">
        <p className="muted">
          {t(`kind.${org.kind}`)}
          {path.length > 1 && (
            <>
              {' · '}
              <span aria-label={t('tree.path')}>
                {path
                  .slice(0, -1)
                  .map((o) => o.name)
                  .join(' › ')}
              </span>
            </>
          )}
        </p>
        <ul className="org-detail__counts">
          <li>{t('counts.members', { count: counts.members })}</li>
          <li>{t('counts.firms', { count: counts.firms })}</li>
          <li>{t('counts.organizers', { count: counts.organizers })}</li>
        </ul>
        {(mayAdd || mayChange) && (
          <div className="button-row">
            {mayAdd && (
              <Button small onClick={() => setEditing('add')}>
                {t('tree.add')}
              </Button>
            )}
            {mayChange && (
              <Button small variant="secondary" onClick={() => setEditing('rename')}>
                {t('tree.rename')}
              </Button>
            )}
            {mayChange && (
              <Button small variant="secondary" onClick={() => setEditing('move')}>
                {t('tree.move')}
              </Button>
            )}
          </div>
        )}
      </Card>
      <OrganizersPanel org={org} accounts={data.accounts} mayName={managed.has(org.id)} />
      {(editing === 'add' || editing === 'rename') && (
        <OrgNodeDialog
          mode={editing}
          org={org}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            setEditing(null);
            if (id) onSelect(id);
          }}
        />
      )}
      {editing === 'move' && (
        <OrgMoveDialog
          org={org}
          orgs={data.orgs}
          managed={managed}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
