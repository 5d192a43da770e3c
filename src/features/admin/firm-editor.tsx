import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { COVERAGE, type Coverage } from '../../shared/org/kinds.ts';
import type { OrgRecord } from '../../shared/records.ts';
import type { Account } from './accounts.ts';
import { assignInstructor, saveFirm } from './admin-actions.ts';
import { CreditCodeField } from './credit-code-field.tsx';
import { checkFirm, type FirmDraft, type FirmErrors } from './firm-form.ts';
import './strings.ts';

interface FirmEditorProps {
  draft: FirmDraft;
  isNew: boolean;
  /** where a firm may be registered: the parks, grids and branches the viewer manages */
  orgs: readonly OrgRecord[];
  branches: readonly OrgRecord[];
  instructors: readonly Account[];
  /** organizers and admins name instructors; an instructor edits their firms' details only */
  mayAssign: boolean;
  originalInstructorId: string | null;
  onClose: () => void;
}

/** Adds or edits a firm of the register; saved offline, sent with the next sync. */
export function FirmEditor(props: FirmEditorProps) {
  const { draft: initial, isNew, orgs, branches, instructors, mayAssign, onClose } = props;
  const { t } = useTranslation('admin');
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<FirmErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const set = <K extends keyof FirmDraft>(k: K, v: FirmDraft[K]) => {
    setD((cur) => ({ ...cur, [k]: v }));
    setErrors((cur) => ({ ...cur, [k]: undefined }));
  };
  const err = (k: keyof FirmDraft) => {
    const e = errors[k];
    return e && e !== 'credit' ? t(`firm.${e}`) : null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const checked = checkFirm(d);
    if (!checked.ok) return setErrors(checked.errors);
    await saveFirm(checked.args);
    const instructorId = d.instructorId || null;
    if (mayAssign && instructorId !== props.originalInstructorId) {
      await assignInstructor(d.id, instructorId);
    }
    onClose();
  };

  const needsBranch = d.coverage === 'own_branch' || d.coverage === 'joint_branch';
  return (
    <Dialog
      open
      title={isNew ? t('firm.newTitle') : t('firm.editTitle')}
      onClose={onClose}
      closeLabel={t('close')}
      variant="sheet"
    >
      <form className="form firm-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('firm.name')}
          value={d.name}
          maxLength={100}
          autoComplete="off"
          error={err('name')}
          onChange={(e) => set('name', e.target.value)}
        />
        <CreditCodeField
          value={d.creditCode}
          submitted={submitted}
          onChange={(v) => set('creditCode', v)}
        />
        <Select
          label={t('firm.org')}
          value={d.orgId}
          onChange={(e) => set('orgId', e.target.value)}
          options={orgs.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Select
          label={t('firms.col.coverage')}
          value={d.coverage}
          onChange={(e) => set('coverage', e.target.value as Coverage)}
          options={COVERAGE.map((c) => ({ value: c, label: t(`coverage.${c}`) }))}
        />
        {needsBranch && (
          <Select
            label={t('firm.branch')}
            value={d.branchId}
            error={err('branchId')}
            onChange={(e) => set('branchId', e.target.value)}
            options={[
              { value: '', label: '—' },
              ...branches.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        )}
        <TextField
          label={t('firm.building')}
          value={d.building}
          maxLength={80}
          onChange={(e) => set('building', e.target.value)}
        />
        <TextField
          label={t('firm.industry')}
          value={d.industry}
          maxLength={60}
          onChange={(e) => set('industry', e.target.value)}
        />
        <div className="form-pair">
          <TextField
            label={t('firm.headcount')}
            value={d.headcount}
            inputMode="numeric"
            error={err('headcount')}
            onChange={(e) => set('headcount', e.target.value)}
          />
          <TextField
            label={t('firm.memberCount')}
            value={d.memberCount}
            inputMode="numeric"
            error={err('memberCount')}
            onChange={(e) => set('memberCount', e.target.value)}
          />
        </div>
        {mayAssign &&
          (instructors.length === 0 ? (
            <p className="muted">{t('firm.noInstructors')}</p>
          ) : (
            <Select
              label={t('firm.instructor')}
              value={d.instructorId}
              onChange={(e) => set('instructorId', e.target.value)}
              options={[
                { value: '', label: t('firm.noInstructor') },
                ...instructors.map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          ))}
        <p className="muted">{t('offlineNote')}</p>
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit">{t('save')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
