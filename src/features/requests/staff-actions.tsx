import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import type { RequestStatus } from '../../shared/mutations/requests.ts';
import { NEXT_STATUSES, needsNote } from '../../shared/request-flow.ts';
import { moveRequest } from './request-actions.ts';
import './strings.ts';

type Step = Exclude<RequestStatus, 'submitted' | 'cancelled'>;

const LABEL = {
  accepted: 'staff.accept',
  in_progress: 'staff.start',
  resolved: 'staff.resolve',
  rejected: 'staff.reject',
} as const satisfies Record<Step, string>;

const isStep = (s: RequestStatus): s is Step => s in LABEL;

/** 接单 and the next steps staff of the group may take from here; only legal moves are offered. */
export function StaffActions({ requestId, status }: { requestId: string; status: RequestStatus }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation('common');
  const [step, setStep] = useState<Step | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const steps = NEXT_STATUSES[status].filter(isStep);
  if (steps.length === 0) return null;

  const confirm = async () => {
    if (!step) return;
    if (needsNote(step) && !note.trim()) {
      setError(t('staff.rejectNoteRequired'));
      return;
    }
    await moveRequest({ requestId, to: step, ...(note.trim() ? { note: note.trim() } : {}) });
    setStep(null);
    setNote('');
    setError(null);
  };

  return (
    <section aria-labelledby="staff-actions" className="staff-actions">
      <h2 id="staff-actions">{t('staff.actions')}</h2>
      <div className="button-row">
        {steps.map((s) => (
          <Button
            key={s}
            variant={s === 'rejected' ? 'danger' : s === steps[0] ? 'primary' : 'secondary'}
            onClick={() => (s === 'accepted' ? void moveRequest({ requestId, to: s }) : setStep(s))}
          >
            {t(LABEL[s])}
          </Button>
        ))}
      </div>
      <Dialog
        open={step !== null}
        variant="sheet"
        title={step ? t(LABEL[step]) : ''}
        closeLabel={tc('close')}
        onClose={() => setStep(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setStep(null)}>
              {tc('cancel')}
            </Button>
            <Button
              variant={step === 'rejected' ? 'danger' : 'primary'}
              onClick={() => void confirm()}
            >
              {t('staff.confirm')}
            </Button>
          </>
        }
      >
        <TextArea
          label={t('staff.note')}
          hint={t('staff.noteHint')}
          error={error}
          value={note}
          rows={3}
          maxLength={1000}
          onChange={(e) => setNote(e.target.value)}
        />
      </Dialog>
    </section>
  );
}
