import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { MIN_PASSWORD_LENGTH } from '../../shared/org/api.ts';
import { publicErrorKey } from '../members/public-error.ts';
import { useOnline } from '../members/use-online.ts';
import { changePassword } from './change-password.ts';
import '../members/strings.ts';

const KNOWN = ['invalid_credentials', 'rate_limited'] as const;

/** Changing one's own password on 我的: it needs the server, so offline the form says so. */
export function PasswordSection() {
  const { t } = useTranslation('members');
  const online = useOnline();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [next2, setNext2] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const min = MIN_PASSWORD_LENGTH;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!current || !next) return setError(t('password.errors.required'));
    if (next.length < min) return setError(t('password.errors.short', { min }));
    if (next !== next2) return setError(t('password.errors.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setNext2('');
      setDone(true);
    } catch (caught) {
      const { key, message } = publicErrorKey(caught, KNOWN);
      setError(t(`password.errors.${key}`, { message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="password-title">
      <h2 id="password-title" className="card__title">
        {t('password.title')}
      </h2>
      {!online && (
        <p className="callout callout--warning" role="status">
          {t('password.offline')}
        </p>
      )}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="callout" role="status">
            {t('password.done')}
          </p>
        )}
        <TextField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <TextField
          label={t('password.next')}
          type="password"
          autoComplete="new-password"
          hint={t('activate.passwordHint', { min })}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <TextField
          label={t('password.next2')}
          type="password"
          autoComplete="new-password"
          value={next2}
          onChange={(event) => setNext2(event.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={busy || !online}>
          {busy ? t('password.submitting') : t('password.submit')}
        </Button>
      </form>
    </section>
  );
}
