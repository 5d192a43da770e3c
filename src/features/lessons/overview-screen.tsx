import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '../../components/ui/bar-chart.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { StarIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import type { RatingSummary } from './lesson-overview.ts';
import { useOverview } from './use-organizer.ts';
import './strings.ts';

function Distribution({ title, summary }: { title: string; summary: RatingSummary }) {
  const { t } = useTranslation('lessons');
  return (
    <BarChart
      title={title}
      labelHeader={t('overview.stars', { n: '' }).trim()}
      valueHeader={t('overview.people')}
      data={[5, 4, 3, 2, 1].map((n) => ({
        label: t('overview.stars', { n }),
        value: summary.distribution[n - 1] ?? 0,
      }))}
    />
  );
}

export function OverviewScreen() {
  const { t, i18n } = useTranslation('lessons');
  const overview = useOverview();
  const avg = (s: RatingSummary) =>
    s.average === null
      ? t('overview.noRatings')
      : t('overview.average', {
          avg: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(s.average),
        });
  if (!overview) return null;
  return (
    <div className="lesson-overview">
      <PageHeader
        title={t('overview.title')}
        leading={
          <Link className="btn btn--ghost btn--small" to="/lessons">
            ← {t('lesson.back')}
          </Link>
        }
      />
      <p className="overview__intro">{t('overview.intro')}</p>
      {overview.lessons.length === 0 ? (
        <EmptyState icon={<StarIcon />} title={t('overview.empty')} />
      ) : (
        <>
          <h2 className="overview__heading">{t('overview.byLesson')}</h2>
          {overview.lessons.map((s) => (
            <Card key={s.lesson.id} as="article" level={3} title={s.lesson.title}>
              <p className="overview__stats">
                <span>{avg(s.ratings)}</span>
                <span>{t('overview.ratings', { count: s.ratings.count })}</span>
                <span>{t('overview.completions', { count: s.completed })}</span>
                <span>{t('overview.started', { count: s.started })}</span>
              </p>
              {s.ratings.count > 0 && (
                <Distribution
                  title={t('overview.distribution', { title: s.lesson.title })}
                  summary={s.ratings}
                />
              )}
              {s.comments.length > 0 && (
                <>
                  <h4 className="overview__comments-title">{t('overview.comments')}</h4>
                  <ul className="overview__comments">
                    {s.comments.map((c) => (
                      <li key={c.id}>
                        <span className="overview__comment-score">
                          {t('rate.star', { count: c.score })}
                        </span>{' '}
                        {c.comment}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Card>
          ))}
          <h2 className="overview__heading">{t('overview.bySpeaker')}</h2>
          {overview.speakers.map((s) => (
            <Card key={s.speaker} as="article" level={3} title={s.speaker}>
              <p className="overview__stats">
                <span>{avg(s.ratings)}</span>
                <span>{t('overview.ratings', { count: s.ratings.count })}</span>
                <span>{t('overview.lessons', { count: s.lessons })}</span>
              </p>
              {s.ratings.count > 0 && (
                <Distribution
                  title={t('overview.speakerDistribution', { speaker: s.speaker })}
                  summary={s.ratings}
                />
              )}
            </Card>
          ))}
        </>
      )}
    </div>
  );
}
