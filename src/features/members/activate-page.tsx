import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { MIN_PASSWORD_LENGTH } from '../../shared/org/api.ts';
import { normalizePhone } from '../../shared/org/phone.ts';
import { activate } from '../../sync/sign-in.ts';
import { requestPersistentStorage } from '../../sync/storage.ts';
import { publicErrorKey } from './public-error.ts';
import './strings.ts';

const KNOWN = ['invalid_credentials', 'rate_limited'] as const;

/**
 * First sign-in (/activate): phone number, the one-time code from the organizer and a new
 * password; the answer signs the device in exactly as the sign-in form does.
 */
export function ActivatePage({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const [login, setLogin] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [password2, setPassword2] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const min = MIN_PASSWORD_LENGTH;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!login.trim() || !code.trim() || !password) return setError(t('activate.errors.required'));
    if (password.length < min) return setError(t('activate.errors.short', { min }));
    if (password !== password2) return setError(t('activate.errors.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await activate({ login: normalizePhone(login), code: code.trim(), password });
      void requestPersistentStorage().catch(() => null);
      navigate('/', { replace: true });
    } catch (caught) {
      const { key, message } = publicErrorKey(caught, KNOWN);
      setError(t(`activate.errors.${key}`, { message }));
      setBusy(false);
    }
  };

  return (
    <main className="signin public-page" id="main">
      <div className="signin__brand">
        <img src="/icons/icon-192.png" alt="" width={72} height={72} />
        <h1 className="signin__title">{t('activate.title')}</h1>
        <p className="muted">{t('activate.intro')}</p>
      </div>
      <form
        className="form card"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('activate.title')}
      >
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <TextField
          label={t('activate.login')}
          name="username"
          type="tel"
          inputMode="tel"
          autoComplete="username"
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          required
        />
        <TextField
          label={t('activate.code')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          required
        />
        <TextField
          label={t('activate.password')}
          name="new-password"
          type="password"
          autoComplete="new-password"
          hint={t('activate.passwordHint', { min })}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <TextField
          label={t('activate.password2')}
          name="new-password-2"
          type="password"
          autoComplete="new-password"
          value={password2}
          onChange={(event) => setPassword2(event.target.value)}
          required
        />
        <Button type="submit" block disabled={busy}>
          {busy ? t('activate.submitting') : t('activate.submit')}
        </Button>
      </form>
      <Link className="signin__alt" to="/signin">
        {t('activate.toSignIn')}
      </Link>
      {languageSwitch}
    </main>
  );
}
