import { useTranslation } from 'react-i18next';
import type { TreeNode } from './org-tree-model.ts';
import './strings.ts';

interface OrgTreeListProps {
  rows: readonly TreeNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The tree as an indented list of buttons; each shows its kind and counts in words, not icons. */
export function OrgTreeList({ rows, selectedId, onSelect }: OrgTreeListProps) {
  const { t } = useTranslation('admin');
  return (
    <ul className="org-tree" aria-label={t('tree.label')}>
      {rows.map((n) => (
        <li key={n.org.id} style={{ paddingInlineStart: `${Math.min(n.depth, 6) * 0.875}rem` }}>
          <button
            type="button"
            className="org-tree__node"
            aria-current={n.org.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(n.org.id)}
          >
            <span className="org-tree__name">{n.org.name}</span>
            <span className="org-tree__meta">
              <span className="org-tree__kind">{t(`kind.${n.org.kind}`)}</span>
              <span>{t('counts.members', { count: n.counts.members })}</span>
              <span>{t('counts.firms', { count: n.counts.firms })}</span>
              <span>{t('counts.organizers', { count: n.counts.organizers })}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
