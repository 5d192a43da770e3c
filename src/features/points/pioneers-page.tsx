import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { monthKey } from '../../shared/points/rules.ts';
import { downloadPioneersCsv, loadPioneers, type PioneerRow } from './pioneers-actions.ts';
import './points.css';
import './strings.ts';

type State =
  { kind: 'loading' } | { kind: 'error'; offline: boolean } | { kind: 'ready'; rows: PioneerRow[] };

/** Organizers: the branch's or park's members ranked by pioneer index, to nominate pioneers. */
export function PioneersPage() {
  const { t } = useTranslation('points');
  const [month, setMonth] = useState(() => monthKey(new Date()));
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async (m: string) => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', rows: await loadPioneers(m) });
    } catch {
      setState({ kind: 'error', offline: !navigator.onLine });
    }
  }, []);

  useEffect(() => {
    void load(month);
    // the first month only: later months load when the organizer asks
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  return (
    <div className="stack">
      <PageHeader
        title={t('pioneers.title')}
        leading={
          <Link to="/me/points" className="icon-btn" aria-label={t('title')}>
            <span aria-hidden="true">‹</span>
          </Link>
        }
      />
      <p className="muted">{t('pioneers.hint')}</p>
      <form
        className="pioneers-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void load(month);
        }}
      >
        <label className="field">
          <span className="field__label">{t('pioneers.month')}</span>
          <input
            className="input"
            type="month"
            value={month}
            required
            onChange={(e) => setMonth(e.target.value)}
          />
        </label>
        <Button type="submit">{t('pioneers.load')}</Button>
        <Button variant="secondary" onClick={() => void downloadPioneersCsv(month).catch(() => {})}>
          {t('pioneers.export')}
        </Button>
      </form>
      <div aria-live="polite">
        {state.kind === 'loading' && <p>{t('pioneers.loading')}</p>}
        {state.kind === 'error' && (
          <p role="alert">{state.offline ? t('pioneers.offline') : t('pioneers.error')}</p>
        )}
        {state.kind === 'ready' && state.rows.length === 0 && <p>{t('pioneers.empty')}</p>}
      </div>
      {state.kind === 'ready' && state.rows.length > 0 && (
        <ol className="pioneers-list">
          {state.rows.map((r) => (
            <li key={r.userId}>
              <Card
                as="article"
                level={3}
                title={`${t('pioneers.rank', { rank: r.rank })} · ${r.name}`}
              >
                <p className="muted">{r.orgName}</p>
                <p>
                  <strong>{t('pioneers.indexValue', { value: r.index.toFixed(1) })}</strong>
                </p>
                <p>
                  {t('pioneers.breakdown', {
                    learning: r.points.learning,
                    attendance: r.points.attendance,
                    service: r.points.service,
                    total: r.total,
                  })}
                </p>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
