import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import {
  MAX_CONTACT_DAYS,
  MAX_OPINION_QUESTIONS,
  MIN_CONTACT_DAYS,
  type OpinionQuestion,
} from '../../shared/visits/rules.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import { settingsFor } from './home-model.ts';
import { useInstructorData } from './use-instructor.ts';
import { newId, saveVisitSettings } from './visit-actions.ts';
import './strings.ts';

/** The district's visit settings: how often each firm is contacted and the opinion form's questions. */
export function VisitSettingsPage() {
  const { t } = useTranslation('visits');
  const { user } = useSession();
  const data = useInstructorData();
  const [interval, setInterval] = useState<string | null>(null);
  const [questions, setQuestions] = useState<OpinionQuestion[]>([]);
  const [note, setNote] = useState('');
  const district = data?.orgs.find((o) => o.id === user?.orgId && o.kind === 'district');
  const may =
    !!district && !!user && (user.roles.includes('admin') || user.roles.includes('organizer'));
  const current = data && user ? settingsFor(data.orgs, data.settings, user.orgId) : null;

  useEffect(() => {
    if (current && interval === null) {
      setInterval(String(current.intervalDays));
      setQuestions([...current.questions]);
    }
  }, [current, interval]);

  if (!data || !user || interval === null) return <p className="route-loading">{t('loading')}</p>;
  if (!may || !district)
    return (
      <div className="stack">
        <PageHeader title={t('settings.title')} leading={<BackLink to="/instructor" />} />
        <p>{t('settings.notDistrict')}</p>
      </div>
    );
  const days = Number(interval);
  const badInterval = !Number.isInteger(days) || days < MIN_CONTACT_DAYS || days > MAX_CONTACT_DAYS;

  return (
    <div className="stack">
      <PageHeader title={t('settings.title')} leading={<BackLink to="/instructor" />} />
      <p className="muted">{t('settings.intro')}</p>
      <p>
        {t('settings.district')}：{district.name}
      </p>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (badInterval) return;
          const kept = questions.map((q) => ({ ...q, text: q.text.trim() })).filter((q) => q.text);
          void saveVisitSettings({ orgId: district.id, intervalDays: days, questions: kept }).then(
            () => setNote(t('settings.saved')),
          );
        }}
      >
        <TextField
          label={t('settings.interval')}
          hint={t('settings.intervalHint')}
          inputMode="numeric"
          value={interval}
          error={badInterval ? t('settings.badInterval') : null}
          onChange={(e) => {
            setInterval(e.target.value);
            setNote('');
          }}
        />
        <fieldset className="stack">
          <legend>{t('settings.questions')}</legend>
          {questions.map((q, i) => (
            <div key={q.id} className="visit-settings__question">
              <TextField
                label={t('settings.question', { n: i + 1 })}
                value={q.text}
                maxLength={200}
                onChange={(e) =>
                  setQuestions(
                    questions.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)),
                  )
                }
              />
              <Button
                variant="ghost"
                small
                onClick={() => setQuestions(questions.filter((_, j) => j !== i))}
              >
                {t('settings.remove', { n: i + 1 })}
              </Button>
            </div>
          ))}
          {questions.length < MAX_OPINION_QUESTIONS && (
            <Button
              variant="secondary"
              onClick={() =>
                setQuestions([...questions, { id: `q-${newId().slice(-12)}`, text: '' }])
              }
            >
              {t('settings.add')}
            </Button>
          )}
        </fieldset>
        {note && (
          <p role="status" className="muted">
            {note}
          </p>
        )}
        <Button type="submit" disabled={badInterval}>
          {t('settings.save')}
        </Button>
      </form>
    </div>
  );
}
