import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useSession } from '../../sync/session.ts';
import { signIn } from '../../sync/sign-in.ts';
import { requestPersistentStorage } from '../../sync/storage.ts';
import { safeNext } from './safe-next.ts';
import { toSignInError, type SignInError } from './sign-in-error.ts';
import './strings.ts';

interface SignInPageProps {
  /** The language switch is composed in by the app, which owns the display settings. */
  languageSwitch?: ReactNode;
}

export function SignInPage({ languageSwitch }: SignInPageProps) {
  const { t } = useTranslation('auth');
  const { user } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SignInError | null>(null);
  const next = safeNext(params.get('next'));

  if (user && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!login.trim() || !password) {
      setError({ key: 'required' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
      // Asked right after a deliberate sign-in, when browsers are most willing to grant it.
      void requestPersistentStorage().catch(() => null);
      navigate(next, { replace: true });
    } catch (caught) {
      setError(toSignInError(caught));
      setBusy(false);
    }
  };

  const message =
    error === null
      ? null
      : error.key === 'unknown'
        ? t('errors.unknown', { message: error.message })
        : t(`errors.${error.key}`);

  return (
    <main className="signin" id="main">
      <div className="signin__brand">
        <img src="/icons/icon-192.png" alt="" width={72} height={72} />
        <h1 className="signin__title" lang="zh-CN">
          {t('title')}
        </h1>
        <p className="muted">{t('tagline')}</p>
      </div>
      <form className="form card" onSubmit={submit} noValidate aria-label={t('formLabel')}>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <TextField
          label={t('login')}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          required
        />
        <TextField
          label={t('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <Button type="submit" block disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </Button>
      </form>
      <Link className="signin__alt" to="/activate">
        {t('activateLink')}
      </Link>
      {languageSwitch}
    </main>
  );
}
