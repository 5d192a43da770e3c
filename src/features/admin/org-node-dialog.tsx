import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { uuidv7 } from '../../shared/ids.ts';
import { CHILD_KINDS, type OrgKind } from '../../shared/org/kinds.ts';
import type { OrgRecord } from '../../shared/records.ts';
import { saveOrg } from './admin-actions.ts';
import './strings.ts';

interface OrgNodeDialogProps {
  mode: 'add' | 'rename';
  org: OrgRecord;
  onClose: () => void;
  /** the new node's id after an add, null after a rename */
  onSaved: (id: string | null) => void;
}

/** Adds a child (only of the kinds this node may hold) or renames the node. */
export function OrgNodeDialog({ mode, org, onClose, onSaved }: OrgNodeDialogProps) {
  const { t } = useTranslation('admin');
  const kinds = CHILD_KINDS[org.kind];
  const [kind, setKind] = useState<OrgKind | undefined>(kinds[0]);
  const [name, setName] = useState(mode === 'rename' ? org.name : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t('tree.nameRequired'));
    setBusy(true);
    try {
      if (mode === 'rename') {
        await saveOrg({ id: org.id, parentId: org.parentId, kind: org.kind, name: trimmed });
        onSaved(null);
      } else if (kind) {
        const id = uuidv7();
        await saveOrg({ id, parentId: org.id, kind, name: trimmed });
        onSaved(id);
      }
    } finally {
      setBusy(false);
    }
  };

  const title =
    mode === 'add'
      ? t('tree.addTitle', { name: org.name })
      : t('tree.renameTitle', { name: org.name });
  return (
    <Dialog open title={title} onClose={onClose} closeLabel={t('close')} variant="sheet">
      {mode === 'add' && kinds.length === 0 ? (
        <p>{t('tree.noChildKinds')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          {mode === 'add' && (
            <Select
              label={t('tree.kindLabel')}
              value={kind}
              onChange={(e) => setKind(e.target.value as OrgKind)}
              options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          )}
          <TextField
            label={t('tree.name')}
            value={name}
            maxLength={60}
            autoComplete="off"
            error={error}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
          <p className="muted">{t('offlineNote')}</p>
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={busy}>
              {t('save')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
