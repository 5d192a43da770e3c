import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { JoinBody } from '../../shared/org/api.ts';
import { JOIN_STANDINGS, type JoinStanding } from '../../shared/org/kinds.ts';
import { isValidPhone, normalizePhone } from '../../shared/org/phone.ts';
import { apiRequest } from '../../sync/http.ts';
import { publicErrorKey } from './public-error.ts';
import './members.css';
import './strings.ts';

const KNOWN = ['invalid_invite', 'rate_limited', 'invalid_request'] as const;

/**
 * The page a newcomer's phone opens from a branch's invitation QR code (/join?c=CODE), with no
 * account: their details go to `POST /api/join` and wait for an organizer's approval.
 */
export function JoinPage({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const { t } = useTranslation('members');
  const [params] = useSearchParams();
  const code = params.get('c')?.trim() ?? '';
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [firm, setFirm] = useState('');
  const [standing, setStanding] = useState<JoinStanding>('full');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const phoneError = phone.trim() && !isValidPhone(phone) ? t('phone.invalid') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !phone.trim()) return setError(t('join.required'));
    if (!isValidPhone(phone)) return setError(t('phone.invalid'));
    setBusy(true);
    setError(null);
    const body: JoinBody = {
      code,
      name: name.trim(),
      phone: normalizePhone(phone),
      firm: firm.trim() || null,
      standing,
    };
    try {
      await apiRequest({}, 'POST', '/api/join', body);
      setDone(true);
    } catch (caught) {
      const { key, message } = publicErrorKey(caught, KNOWN);
      setError(t(`join.errors.${key}`, { message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin public-page" id="main">
      <div className="signin__brand">
        <img src="/icons/icon-192.png" alt="" width={72} height={72} />
        <h1 className="signin__title">{done ? t('join.doneTitle') : t('join.title')}</h1>
      </div>
      {done ? (
        <div className="card stack" role="status">
          <p>{t('join.doneBody')}</p>
          <Link className="btn btn--secondary btn--block" to="/activate">
            {t('join.toActivate')}
          </Link>
        </div>
      ) : !code ? (
        <p className="form-error" role="alert">
          {t('join.noCode')}
        </p>
      ) : (
        <form className="form card" onSubmit={(event) => void submit(event)} noValidate>
          <p className="muted">{t('join.intro')}</p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <TextField
            label={t('join.name')}
            name="name"
            autoComplete="name"
            maxLength={40}
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
          />
          <TextField
            label={t('join.phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={phoneError}
            required
          />
          <TextField
            label={t('join.firm')}
            name="firm"
            autoComplete="organization"
            maxLength={100}
            value={firm}
            onChange={(event) => setFirm(event.target.value)}
          />
          <fieldset className="check-group check-group--two">
            <legend className="field__label">{t('join.standing')}</legend>
            {JOIN_STANDINGS.map((s) => (
              <label key={s} className="check-group__option">
                <input
                  type="radio"
                  name="standing"
                  value={s}
                  checked={standing === s}
                  onChange={() => setStanding(s)}
                />
                <span>{t(`standing.${s}`)}</span>
              </label>
            ))}
          </fieldset>
          <Button type="submit" block disabled={busy}>
            {busy ? t('join.submitting') : t('join.submit')}
          </Button>
        </form>
      )}
      {languageSwitch}
    </main>
  );
}
