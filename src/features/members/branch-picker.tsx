import { useTranslation } from 'react-i18next';
import { Select } from '../../components/ui/select.tsx';
import type { OrgRecord } from '../../shared/records.ts';
import './strings.ts';

/** The branches an organizer manages; shown only when there is more than one to choose from. */
export function BranchPicker({
  branches,
  value,
  onChange,
}: {
  branches: readonly OrgRecord[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation('members');
  if (branches.length < 2) return null;
  return (
    <Select
      label={t('invite.branch')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={branches.map((b) => ({ value: b.id, label: b.name }))}
    />
  );
}
