import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import type { OrgRecord } from '../../shared/records.ts';
import { saveOrg } from './admin-actions.ts';
import { moveTargets, pathTo } from './org-tree-model.ts';
import './strings.ts';

interface OrgMoveDialogProps {
  org: OrgRecord;
  orgs: readonly OrgRecord[];
  managed: ReadonlySet<string>;
  onClose: () => void;
}

/**
 * Picks a new parent (only kinds that may hold this node, never one of its own descendants),
 * then asks: everyone below re-syncs and what they see changes.
 */
export function OrgMoveDialog({ org, orgs, managed, onClose }: OrgMoveDialogProps) {
  const { t } = useTranslation('admin');
  const targets = moveTargets(orgs, org.id, managed);
  const [parentId, setParentId] = useState(targets[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const parent = targets.find((o) => o.id === parentId);
  const label = (o: OrgRecord) =>
    pathTo(orgs, o.id)
      .map((p) => p.name)
      .join(' › ');

  if (confirming && parent) {
    return (
      <ConfirmDialog
        open
        danger
        title={t('tree.moveConfirmTitle')}
        body={t('tree.moveConfirm', { name: org.name, parent: parent.name })}
        confirmLabel={t('tree.moveDo')}
        cancelLabel={t('cancel')}
        onCancel={onClose}
        onConfirm={() => {
          void saveOrg({ id: org.id, parentId: parent.id, kind: org.kind, name: org.name });
          onClose();
        }}
      />
    );
  }
  return (
    <Dialog
      open
      title={t('tree.moveTitle', { name: org.name })}
      onClose={onClose}
      closeLabel={t('close')}
      variant="sheet"
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button disabled={!parent} onClick={() => setConfirming(true)}>
            {t('tree.move')}
          </Button>
        </>
      }
    >
      {targets.length === 0 ? (
        <p>{t('tree.noTargets')}</p>
      ) : (
        <Select
          label={t('tree.newParent')}
          value={parentId}
          onChange={(e) => setParentId(e.target.value)}
          options={targets.map((o) => ({ value: o.id, label: label(o) }))}
        />
      )}
    </Dialog>
  );
}
