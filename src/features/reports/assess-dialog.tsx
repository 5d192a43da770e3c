import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { assessProblem } from '../../shared/checklist/rules.ts';
import type { Goal } from '../../shared/checklist/template.ts';
import { CloseIcon } from '../../components/ui/icons.tsx';
import { IconButton } from '../../components/ui/icon-button.tsx';
import type { QueuedPhoto } from '../requests/compress-photo.ts';
import { PhotoPicker } from '../requests/photo-picker.tsx';
import { Photo } from '../requests/request-photos.tsx';
import { assessIndicator } from './report-actions.ts';
import type { ReportLine } from './report.ts';
import { useReportLabels } from './labels.ts';
import './strings.ts';
import '../requests/strings.ts';

/** Entering one indicator with its evidence; saved to the outbox, so it works offline. */
export function AssessDialog({
  line,
  goals,
  branchId,
  period,
  onClose,
  onSaved,
}: {
  line: ReportLine;
  goals: readonly Goal[];
  branchId: string;
  period: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('reports');
  const { nameOf } = useReportLabels();
  const unit = line.indicator.unit;
  const shown = (v: number | null) =>
    v === null ? '' : unit === 'percent' ? String(Math.round(v * 1000) / 10) : String(v);
  const [value, setValue] = useState(shown(line.value));
  const [done, setDone] = useState<'1' | '0'>(line.value === 0 ? '0' : '1');
  const [evidence, setEvidence] = useState(line.evidence ?? '');
  const [kept, setKept] = useState(line.photos ?? []);
  const [added, setAdded] = useState<QueuedPhoto[]>([]);
  const { t: tr } = useTranslation('requests');
  const [error, setError] = useState<string | null>(null);

  const parsed = (): number | null | undefined => {
    if (unit === 'yes_no') return Number(done);
    if (value.trim() === '') return null;
    const n = Number(value.trim());
    if (!Number.isFinite(n) || n < 0) return undefined;
    return unit === 'percent' ? n / 100 : n;
  };

  const save = async () => {
    const v = parsed();
    const args = {
      orgId: branchId,
      period,
      indicatorId: line.indicator.id,
      value: v ?? null,
      evidence: evidence.trim(),
    };
    const dropped = (line.photos ?? []).filter((p) => !kept.some((k) => k.id === p.id));
    if (v === undefined || assessProblem(goals, args, Date.now())) {
      setError(t('assess.badValue'));
      return;
    }
    await assessIndicator({
      ...args,
      ...(added.length ? { photos: added.map(({ id, mime, data }) => ({ id, mime, data })) } : {}),
      ...(dropped.length ? { dropPhotos: dropped.map((p) => p.id) } : {}),
    });
    onSaved();
  };

  return (
    <Dialog
      open
      variant="sheet"
      title={t('assess.title', { indicator: nameOf(line.indicator) })}
      onClose={onClose}
      closeLabel={t('assess.cancel')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('assess.cancel')}
          </Button>
          <Button onClick={() => void save()}>{t('assess.save')}</Button>
        </>
      }
    >
      <div className="form">
        {unit === 'yes_no' ? (
          <SegmentedControl
            legend={t('assess.value')}
            value={done}
            options={[
              { value: '1', label: t('assess.done') },
              { value: '0', label: t('assess.notDone') },
            ]}
            onChange={setDone}
          />
        ) : (
          <TextField
            label={t('assess.value')}
            hint={unit === 'percent' ? t('assess.valueHintPercent') : t('assess.valueHintCount')}
            inputMode="decimal"
            value={value}
            error={error}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        )}
        <TextArea
          label={t('assess.evidence')}
          value={evidence}
          maxLength={1000}
          onChange={(e) => setEvidence(e.target.value)}
        />
        {kept.length > 0 && (
          <ul className="photo-picker__list" aria-label={t('assess.photos')}>
            {kept.map((p, i) => (
              <li key={p.id} className="photo-picker__item">
                <Photo url={p.url} alt={tr('form.photoAlt', { n: i + 1 })} />
                <IconButton
                  label={tr('form.removePhoto', { n: i + 1 })}
                  onClick={() => setKept(kept.filter((x) => x.id !== p.id))}
                >
                  <CloseIcon />
                </IconButton>
              </li>
            ))}
          </ul>
        )}
        <PhotoPicker photos={added} onChange={setAdded} already={kept.length} />
        {unit === 'yes_no' && error && <p className="form-error">{error}</p>}
      </div>
    </Dialog>
  );
}
