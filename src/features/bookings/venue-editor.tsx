import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { saveVenue } from './booking-actions.ts';
import { checkVenue, type VenueDraft, type VenueErrors } from './venue-form.ts';
import './strings.ts';

interface Props {
  draft: VenueDraft | null;
  isNew: boolean;
  orgs: readonly { id: string; name: string }[];
  onClose: () => void;
}

export function VenueEditor({ draft: initial, isNew, orgs, onClose }: Props) {
  const { t } = useTranslation('bookings');
  const { t: tc } = useTranslation('common');
  const [draft, setDraft] = useState<VenueDraft | null>(initial);
  const [errors, setErrors] = useState<VenueErrors>({});
  const [confirmClose, setConfirmClose] = useState(false);
  if (!draft) return null;
  const set = (patch: Partial<VenueDraft>) => setDraft({ ...draft, ...patch });
  const args = (active: boolean) => ({
    id: draft.id,
    orgId: draft.orgId,
    name: draft.name.trim(),
    location: draft.location.trim(),
    capacity: Number(draft.capacity),
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
    active,
  });
  const save = async () => {
    const e = checkVenue(draft);
    setErrors(e);
    if (Object.keys(e).length) return;
    await saveVenue(args(true));
    onClose();
  };
  return (
    <Dialog
      open
      variant="sheet"
      title={isNew ? t('manage.add') : t('manage.edit')}
      closeLabel={tc('close')}
      onClose={onClose}
      actions={
        <>
          {!isNew && (
            <Button variant="danger" onClick={() => setConfirmClose(true)}>
              {t('manage.close')}
            </Button>
          )}
          <Button onClick={() => void save()}>{t('manage.save')}</Button>
        </>
      }
    >
      <div className="form">
        <TextField
          label={t('manage.name')}
          value={draft.name}
          maxLength={80}
          error={errors.name ? t('manage.errors.name') : null}
          onChange={(e) => set({ name: e.target.value })}
        />
        <TextField
          label={t('manage.location')}
          value={draft.location}
          maxLength={120}
          onChange={(e) => set({ location: e.target.value })}
        />
        <TextField
          label={t('manage.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          value={draft.capacity}
          error={errors.capacity ? t('manage.errors.capacity') : null}
          onChange={(e) => set({ capacity: e.target.value })}
        />
        <div className="field-pair">
          <TextField
            label={t('manage.opensAt')}
            type="time"
            value={draft.opensAt}
            onChange={(e) => set({ opensAt: e.target.value })}
          />
          <TextField
            label={t('manage.closesAt')}
            type="time"
            value={draft.closesAt}
            error={errors.hours ? t('manage.errors.hours') : null}
            onChange={(e) => set({ closesAt: e.target.value })}
          />
        </div>
        {isNew && orgs.length > 1 && (
          <Select
            label={t('manage.org')}
            value={draft.orgId}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(e) => set({ orgId: e.target.value })}
          />
        )}
        {confirmClose && (
          <div className="notice notice--danger" role="alert">
            <p>{t('manage.closeConfirm')}</p>
            <div className="button-row">
              <Button variant="secondary" small onClick={() => setConfirmClose(false)}>
                {tc('cancel')}
              </Button>
              <Button
                variant="danger"
                small
                onClick={() => {
                  void saveVenue(args(false));
                  onClose();
                }}
              >
                {t('manage.close')}
              </Button>
            </div>
          </div>
        )}
      </div>
    </Dialog>
  );
}
