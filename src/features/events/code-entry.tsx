import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import './strings.ts';

/** Six digits typed from the organizer's screen. */
export function CodeEntry({ onSubmit }: { onSubmit: (code: string) => Promise<void> }) {
  const { t } = useTranslation('events');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setError(t('checkin.codeInvalid'));
      return;
    }
    setError(null);
    setBusy(true);
    onSubmit(code)
      .then(() => setCode(''))
      .catch(() => setError(t('errors.saveFailed')))
      .finally(() => setBusy(false));
  };
  return (
    <form className="form code-entry" onSubmit={submit} noValidate>
      <TextField
        label={t('checkin.codeLabel')}
        hint={t('checkin.codeHint')}
        className="code-entry__input"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        value={code}
        error={error}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
      />
      <Button type="submit" block disabled={busy}>
        {t('checkin.submit')}
      </Button>
    </form>
  );
}
