import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { BackLink } from '../requests/back-link.tsx';
import { RequestList } from '../requests/request-list.tsx';
import { RequestPhotos } from '../requests/request-photos.tsx';
import { useInstructorData } from './use-instructor.ts';
import './strings.ts';

/** One visit: what was found and the requests it raised, with their status now. */
export function VisitDetail() {
  const { t, i18n } = useTranslation('visits');
  const { visitId } = useParams();
  const location = useLocation();
  const data = useInstructorData();
  if (!data) return <p className="route-loading">{t('loading')}</p>;
  const visit = data.visits.find((v) => v.id === visitId);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  if (!visit)
    return (
      <div className="stack">
        <PageHeader title={t('visit.title')} leading={<BackLink to="/instructor" />} />
        <p>{t('visit.notFound')}</p>
      </div>
    );
  const requests = data.requests
    .filter((r) => r.visitId === visit.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="stack">
      <PageHeader title={visit.firmName} leading={<BackLink to="/instructor" />} />
      {saved && (
        <p className="notice" role="status">
          {t('form.saved')}
        </p>
      )}
      <p className="muted">
        {t(`kind.${visit.kind}`)} ·{' '}
        <time dateTime={visit.at}>{formatDateTime(visit.at, i18n.language)}</time> ·{' '}
        {t('visit.by', { name: visit.authorName })}
      </p>
      <div className="visit-detail">
        <Card title={t('visit.notes')} level={2}>
          {visit.met && (
            <p>
              <strong>{t('visit.met')}：</strong>
              {visit.met}
            </p>
          )}
          <p className="visit-detail__notes">{visit.notes || t('visit.none')}</p>
          {visit.answers.length > 0 && (
            <>
              <h3>{t('visit.answers')}</h3>
              <dl className="visit-detail__answers">
                {visit.answers.map((a) => (
                  <div key={a.questionId}>
                    <dt>{a.question}</dt>
                    <dd>{a.answer}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </Card>
        <RequestPhotos photos={visit.photos ?? []} />
        <Card title={t('visit.problems')} level={2}>
          {requests.length ? (
            <RequestList requests={requests} />
          ) : (
            <p className="muted">{t('visit.none')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
