import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { isMonth, worklogId } from '../../shared/visits/rules.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import { groupName } from '../requests/group-label.ts';
import '../requests/strings.ts';
import { draftWorklog } from './home-model.ts';
import { useInstructorData } from './use-instructor.ts';
import { saveWorklog, submitWorklog } from './visit-actions.ts';
import './strings.ts';

/**
 * The monthly work log (工作日志): the app drafts it from the month's visits, the requests they
 * raised and the party days attended; the instructor edits, saves and submits it. Offline too.
 */
export function WorklogPage() {
  const { t, i18n } = useTranslation('visits');
  const { t: tr } = useTranslation('requests');
  const { month = '' } = useParams();
  const { user } = useSession();
  const data = useInstructorData();
  const [body, setBody] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const log =
    data && user ? data.worklogs.find((w) => w.id === worklogId(user.id, month)) : undefined;

  const drafted = useMemo(() => {
    if (!data || !user) return '';
    const lang = i18n.language;
    const attended = new Set(data.checkins.map((c) => c.eventId));
    return draftWorklog(
      month,
      data.visits.filter((v) => v.userId === user.id || v.instructorId === user.id),
      data.requests,
      data.events.filter((e) => attended.has(e.id)),
      {
        heading: (m) => t('draft.heading', { month: m }),
        visitsHeading: (count) => t('draft.visits', { count }),
        visitLine: (v) =>
          t('draft.visitLine', {
            date: formatDate(v.at, lang),
            kind: t(`kind.${v.kind}`),
            firm: v.firmName,
            notes: v.notes || v.met || '',
          }),
        requestsHeading: (count) => t('draft.requests', { count }),
        requestLine: (r) =>
          t('draft.requestLine', {
            firm: r.firmName ?? '',
            title: r.title,
            group: groupName(tr, r.category),
            status: tr(`status.${r.status}`),
          }),
        eventsHeading: (count) => t('draft.events', { count }),
        eventLine: (e) =>
          t('draft.eventLine', { date: formatDate(e.startsAt, lang), title: e.title }),
        none: t('draft.none'),
        closing: t('draft.closing'),
      },
    );
  }, [data, user, month, t, tr, i18n.language]);

  // The text starts as the saved log, or the app's draft when there is none.
  const ready = !!data && !!user;
  useEffect(() => {
    if (ready && body === null) setBody(log?.body || drafted);
  }, [ready, body, log, drafted]);

  if (!isMonth(month)) return <p>{t('visit.notFound')}</p>;
  if (!data || !user || body === null) return <p className="route-loading">{t('loading')}</p>;
  const submitted = log?.status === 'submitted';

  return (
    <div className="stack">
      <PageHeader title={t('worklog.title', { month })} leading={<BackLink to="/instructor" />} />
      {submitted ? (
        <p>
          <Badge tone="success">
            {t('worklog.submitted', {
              date: formatDateTime(log.submittedAt ?? log.updatedAt, i18n.language),
            })}
          </Badge>
        </p>
      ) : (
        <p className="muted">{t('worklog.intro')}</p>
      )}
      <TextArea
        label={t('worklog.body')}
        value={submitted ? log.body : body}
        readOnly={submitted}
        rows={16}
        maxLength={5000}
        onChange={(e) => {
          setBody(e.target.value);
          setNote('');
        }}
      />
      {note && (
        <p role="status" className="muted">
          {note}
        </p>
      )}
      {!submitted && (
        <div className="visit-form__actions">
          <Button
            onClick={() => {
              if (!body.trim()) return setNote(t('worklog.empty'));
              setConfirming(true);
            }}
          >
            {t('worklog.submit')}
          </Button>
          <Button
            variant="secondary"
            onClick={() =>
              void saveWorklog(month, body).then(() => setNote(t('worklog.savedDraft')))
            }
          >
            {t('worklog.save')}
          </Button>
          <Button variant="ghost" onClick={() => setBody(drafted)}>
            {t('worklog.redraft')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('worklog.submitTitle', { month })}
        body={t('worklog.submitBody')}
        confirmLabel={t('worklog.submit')}
        cancelLabel={t('worklog.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void submitWorklog(month, body.trim());
        }}
      />
    </div>
  );
}
