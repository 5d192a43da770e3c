import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { ServiceGroup } from '../../shared/groups.ts';
import { timeLimit, type TimeLimit } from '../../shared/time-limit.ts';
import { saveGroupLimit } from './admin-actions.ts';
import './strings.ts';

type Unit = 'none' | TimeLimit['unit'];

/** The limit in words: "3 个工作日", "48 小时", or none. */
export function useLimitText() {
  const { t } = useTranslation('admin');
  return (limit: TimeLimit | null | undefined) =>
    limit ? t(`groups.limit.${limit.unit}`, { count: limit.amount }) : t('groups.limit.none');
}

interface Props {
  group: ServiceGroup;
  limit: TimeLimit | null | undefined;
  /** an admin, or an organizer of the group (maySetLimit) */
  editable: boolean;
}

/** A service group's time limit (限时办结): shown to every organizer, set through `group.save`. */
export function GroupLimitForm({ group, limit, editable }: Props) {
  const { t } = useTranslation('admin');
  const text = useLimitText();
  const [unit, setUnit] = useState<Unit>(limit?.unit ?? 'none');
  const [amount, setAmount] = useState(String(limit?.amount ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!editable) {
    return <p className="muted">{t('groups.limit.current', { limit: text(limit) })}</p>;
  }
  const save = () => {
    setSaved(false);
    if (unit === 'none') {
      setError(null);
      void saveGroupLimit({ key: group, timeLimit: null }).then(() => setSaved(true));
      return;
    }
    const parsed = timeLimit.safeParse({ unit, amount: Number(amount) });
    if (!parsed.success) {
      setError(t(unit === 'hours' ? 'groups.limit.badHours' : 'groups.limit.badWorkdays'));
      return;
    }
    setError(null);
    void saveGroupLimit({ key: group, timeLimit: parsed.data }).then(() => setSaved(true));
  };
  return (
    <form
      className="inline-form"
      aria-label={t('groups.limit.formLabel', { group: t(`groups.name.${group}`) })}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Select
        label={t('groups.limit.unit')}
        value={unit}
        onChange={(e) => setUnit(e.target.value as Unit)}
        options={[
          { value: 'none', label: t('groups.limit.noneOption') },
          { value: 'workdays', label: t('groups.limit.workdaysOption') },
          { value: 'hours', label: t('groups.limit.hoursOption') },
        ]}
      />
      {unit !== 'none' && (
        <TextField
          label={t('groups.limit.amount')}
          inputMode="numeric"
          value={amount}
          error={error}
          onChange={(e) => setAmount(e.target.value.trim())}
        />
      )}
      <Button small type="submit">
        {t('groups.limit.save')}
      </Button>
      {saved && (
        <p className="muted" role="status">
          {t('groups.limit.saved')}
        </p>
      )}
    </form>
  );
}
