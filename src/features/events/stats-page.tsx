import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../sync/session.ts';
import { BackLink } from './back-link.tsx';
import { RateChart } from './rate-chart.tsx';
import { useMonthlyRates } from './use-attendance.ts';
import './strings.ts';

/** Attendance rate per month over the party days of the organizer's org and below. */
export function StatsPage() {
  const { t, i18n } = useTranslation('events');
  const { user } = useSession();
  const rates = useMonthlyRates(user?.orgId);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const monthLabel = (m: string) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${m}-15T00:00:00Z`),
    );
  return (
    <div className="stack">
      <PageHeader title={t('stats.title')} leading={<BackLink to="/events" />} />
      <Card>
        {rates && rates.length > 0 ? (
          <>
            <RateChart
              title={t('stats.chartTitle')}
              monthHeader={t('stats.month')}
              rateHeader={t('stats.rate')}
              data={rates.map((r) => ({
                label: monthLabel(r.month),
                rate: r.rate,
                detail: t('stats.detail', { came: r.came, expected: r.expected }),
              }))}
              format={(v) => percent.format(v)}
            />
            <p className="muted">{t('stats.explain')}</p>
          </>
        ) : (
          <p className="muted">{t('stats.none')}</p>
        )}
      </Card>
    </div>
  );
}
