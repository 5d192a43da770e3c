import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '../../components/ui/bar-chart.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { POINT_CATEGORIES, isPointRule } from '../../shared/points/rules.ts';
import { useSession } from '../../sync/session.ts';
import { monthLabel } from './month-label.ts';
import { summarizePoints } from './summarize.ts';
import { useMyPoints, useWaitingEarners } from './use-my-points.ts';
import './points.css';
import './strings.ts';

/** 积分: the member's own total, month, pioneer index, chart, waiting actions and history. */
export function PointsPage() {
  const { t, i18n } = useTranslation('points');
  const { user } = useSession();
  const entries = useMyPoints(user?.id);
  const waiting = useWaitingEarners(user?.id);
  const summary = useMemo(() => summarizePoints(entries ?? [], new Date()), [entries]);
  const locale = i18n.language;
  const ruleName = (rule: string) => (isPointRule(rule) ? t(`rules.${rule}`) : rule);
  const isOrganizer = !!user?.roles.some((r) => r === 'organizer' || r === 'admin');

  return (
    <div className="stack">
      <PageHeader
        title={t('title')}
        leading={
          <Link to="/me" className="icon-btn" aria-label={t('back')}>
            <span aria-hidden="true">‹</span>
          </Link>
        }
      />

      <Card className="points-totals" aria-label={t('title')}>
        <dl className="points-stats">
          <div>
            <dt>{t('total')}</dt>
            <dd data-testid="points-total">{summary.total}</dd>
          </div>
          <div>
            <dt>{t('thisMonth')}</dt>
            <dd data-testid="points-month">{summary.thisMonth.total}</dd>
          </div>
        </dl>
        <p className="muted">{t('confirmedNote')}</p>
      </Card>

      {waiting.length > 0 && (
        <Card title={t('waiting.title')}>
          <p>{t('waiting.intro')}</p>
          <ul className="list">
            {waiting.map((w) => (
              <li key={w.id}>
                {t('waiting.item', {
                  rule: ruleName(w.rule),
                  time: formatDateTime(w.at, locale),
                })}
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card title={t('index.title')}>
        <p className="points-index" data-testid="pioneer-index">
          {t('index.value', { value: summary.thisMonth.index.toFixed(1) })}
        </p>
        <ul className="points-categories">
          {POINT_CATEGORIES.map((c) => (
            <li key={c}>
              <span>{t(`categories.${c}`)}</span> <strong>{summary.thisMonth.categories[c]}</strong>
            </li>
          ))}
        </ul>
        <p className="muted">{t('index.explain')}</p>
        <BarChart
          title={t('index.trend')}
          labelHeader={t('chart.month')}
          valueHeader={t('index.title')}
          data={summary.months.slice(-6).map((m) => ({
            label: monthLabel(m.month, locale),
            value: m.index,
          }))}
          format={(v) => v.toFixed(1)}
        />
      </Card>

      <Card title={t('chart.title')}>
        <BarChart
          title={t('chart.title')}
          labelHeader={t('chart.month')}
          valueHeader={t('chart.points')}
          data={summary.months.map((m) => ({ label: monthLabel(m.month, locale), value: m.total }))}
        />
      </Card>

      <Card title={t('history.title')}>
        {entries && entries.length === 0 ? (
          <p className="muted">{t('history.empty')}</p>
        ) : (
          <ul className="list points-history">
            {(entries ?? []).map((e) => (
              <li key={e.id} className="points-history__item">
                <div>
                  <p>
                    <strong>{ruleName(e.rule)}</strong>
                    {e.hours !== null && ` · ${t('history.hours', { hours: e.hours })}`}
                  </p>
                  {(e.sourceTitle ?? e.note) && <p>{e.sourceTitle ?? e.note}</p>}
                  <p className="muted">
                    <time dateTime={e.earnedAt}>{formatDate(e.earnedAt, locale)}</time>
                    {' · '}
                    {t(`categories.${e.category}`)}
                  </p>
                </div>
                <div className="points-history__value">
                  <strong>{t('pointsValue', { count: e.points })}</strong>
                  {e.capped && <Badge tone="warning">{t('history.capped')}</Badge>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {isOrganizer && (
        <Link to="/me/points/pioneers" className="btn btn--secondary btn--block">
          {t('pioneers.link')}
        </Link>
      )}
    </div>
  );
}
