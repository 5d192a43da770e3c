import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { AgendaItem } from '../../shared/records.ts';
import './strings.ts';

/** Agenda items, each with a title and 必选/自选. */
export function AgendaEditor({
  value,
  onChange,
}: {
  value: AgendaItem[];
  onChange: (next: AgendaItem[]) => void;
}) {
  const { t } = useTranslation('events');
  const set = (i: number, item: Partial<AgendaItem>) =>
    onChange(value.map((a, j) => (j === i ? { ...a, ...item } : a)));
  return (
    <fieldset className="agenda-editor">
      <legend className="field__label">{t('agenda.title')}</legend>
      {value.map((item, i) => (
        <div className="agenda-editor__row" key={i}>
          <TextField
            label={t('plan.agendaItem', { n: i + 1 })}
            value={item.title}
            maxLength={80}
            onChange={(e) => set(i, { title: e.target.value })}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={item.mandatory}
              onChange={(e) => set(i, { mandatory: e.target.checked })}
            />
            <span>{t('agenda.mandatory')}</span>
          </label>
          <Button
            variant="ghost"
            small
            aria-label={t('plan.removeItem', { n: i + 1 })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('plan.remove')}
          </Button>
        </div>
      ))}
      <Button
        variant="secondary"
        small
        disabled={value.length >= 20}
        onClick={() => onChange([...value, { title: '', mandatory: false }])}
      >
        {t('plan.addItem')}
      </Button>
    </fieldset>
  );
}
