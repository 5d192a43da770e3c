import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { BookIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../sync/session.ts';
import type { LessonRecord } from '../../shared/records.ts';
import { withdrawLesson } from './lesson-actions.ts';
import { isOrganizerRole, useManagedLessons, useManagedOrgs } from './use-organizer.ts';
import './strings.ts';

export function ManageScreen() {
  const { t } = useTranslation('lessons');
  const { t: tc } = useTranslation();
  const { user } = useSession();
  const orgs = useManagedOrgs(user?.orgId);
  const lessons = useManagedLessons(orgs?.map((o) => o.id));
  const [withdrawing, setWithdrawing] = useState<LessonRecord | null>(null);
  const [done, setDone] = useState(false);
  const back = (
    <Link className="btn btn--ghost btn--small" to="/lessons">
      ← {t('lesson.back')}
    </Link>
  );
  if (!isOrganizerRole(user?.roles)) {
    return (
      <>
        <PageHeader title={t('manage.title')} leading={back} />
        <p>{t('manage.organizersOnly')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('manage.title')}
        leading={back}
        actions={
          <Link className="btn btn--primary btn--small" to="new">
            {t('manage.new')}
          </Link>
        }
      />
      {done && <p role="status">{t('manage.withdrawn')}</p>}
      {lessons && lessons.length === 0 && (
        <EmptyState icon={<BookIcon />} title={t('manage.empty')} />
      )}
      <ul className="lesson-list">
        {(lessons ?? []).map((l) => (
          <li key={l.id} className="download-row">
            <Link className="lesson-row" to={l.id}>
              {/* spoken "Edit: <title> …"; the name keeps the visible words (voice control) */}
              <span className="visually-hidden">{t('manage.editPrefix')}</span>
              <span className="lesson-row__title">{l.title}</span>
              <span className="lesson-row__meta">
                {t(`series.${l.series}`)} · {l.speaker}
              </span>
            </Link>
            <Button variant="danger" small onClick={() => setWithdrawing(l)}>
              {t('manage.withdraw')}
            </Button>
          </li>
        ))}
      </ul>
      <Dialog
        open={withdrawing !== null}
        title={t('manage.withdrawTitle')}
        onClose={() => setWithdrawing(null)}
        closeLabel={tc('close')}
        role="alertdialog"
        actions={
          <>
            <Button variant="secondary" onClick={() => setWithdrawing(null)}>
              {tc('cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                if (withdrawing) void withdrawLesson(withdrawing.id).then(() => setDone(true));
                setWithdrawing(null);
              }}
            >
              {t('manage.withdrawConfirm')}
            </Button>
          </>
        }
      >
        <p>
          <strong>{withdrawing?.title}</strong>
        </p>
        <p>{t('manage.withdrawBody')}</p>
      </Dialog>
    </>
  );
}
