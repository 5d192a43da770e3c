import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import type { FlowingActivity } from '../../shared/transfers/api.ts';
import { fetchActivity } from './actions.ts';
import './strings.ts';

/** The printable activity card for the member's home organisation (fetched: it is the server's account). */
export function ActivityCardPage() {
  const { t } = useTranslation('transfers');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [card, setCard] = useState<FlowingActivity | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    fetchActivity(id)
      .then((c) => live && setCard(c))
      .catch(() => live && setCard('failed'));
    return () => {
      live = false;
    };
  }, [id]);
  return (
    <div className="stack activity-card">
      <PageHeader title={t('flowing.card.title')} />
      <div className="transfers-buttons no-print">
        <Button variant="secondary" onClick={() => void navigate(-1)}>
          {t('flowing.card.back')}
        </Button>
        {card && card !== 'failed' && (
          <Button onClick={() => window.print()}>{t('flowing.card.print')}</Button>
        )}
      </div>
      {card === null && <p className="muted">{t('flowing.card.loading')}</p>}
      {card === 'failed' && <p role="alert">{t('flowing.card.failed')}</p>}
      {card && card !== 'failed' && (
        <>
          <dl className="dl">
            <dt>{t('flowing.card.member')}</dt>
            <dd>{card.memberName}</dd>
            <dt>{t('flowing.card.home')}</dt>
            <dd>{card.homeOrg}</dd>
            <dt>{t('flowing.card.host')}</dt>
            <dd>{card.hostName}</dd>
            <dt>{t('flowing.card.period')}</dt>
            <dd>{t('flowing.period', { since: card.since, until: card.until })}</dd>
          </dl>
          <h2>{t('flowing.card.partyDays')}</h2>
          {card.partyDays.length === 0 ? (
            <p>{t('flowing.card.none')}</p>
          ) : (
            <table className="activity-table">
              <thead>
                <tr>
                  <th scope="col">{t('flowing.card.date')}</th>
                  <th scope="col">{t('flowing.card.content')}</th>
                  <th scope="col">{t('flowing.card.org')}</th>
                </tr>
              </thead>
              <tbody>
                {card.partyDays.map((p, i) => (
                  <tr key={i}>
                    <td>{p.date}</td>
                    <td>{p.title}</td>
                    <td>{p.org}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('flowing.card.lessons')}</h2>
          {card.lessons.length === 0 ? (
            <p>{t('flowing.card.none')}</p>
          ) : (
            <table className="activity-table">
              <thead>
                <tr>
                  <th scope="col">{t('flowing.card.date')}</th>
                  <th scope="col">{t('flowing.card.content')}</th>
                </tr>
              </thead>
              <tbody>
                {card.lessons.map((l, i) => (
                  <tr key={i}>
                    <td>{l.date}</td>
                    <td>{l.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('flowing.card.service')}</h2>
          <p>
            {t('flowing.card.servicePoints', {
              points: card.servicePoints,
              hours: card.serviceHours,
            })}
          </p>
        </>
      )}
    </div>
  );
}
