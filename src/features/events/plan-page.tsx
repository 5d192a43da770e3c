import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { mutationArgs, type MutationArgs } from '../../shared/mutations/index.ts';
import {
  DEFAULT_RULE,
  addMonths,
  seriesDates,
  shanghaiMonth,
  type MonthlyRule,
} from '../../shared/party-days.ts';
import type { AgendaItem, EventRecord } from '../../shared/records.ts';
import { AgendaEditor } from './agenda-editor.tsx';
import { BackLink } from './back-link.tsx';
import { cancelEvent, saveEvents } from './event-actions.ts';
import { planSeries, planSingle } from './series-plan.ts';
import { useEventDetail, useManagedOrgs } from './use-events.ts';
import './strings.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';

type Mode = 'series' | 'single';

const shDay = (iso: string) => new Date(Date.parse(iso) + CST_OFFSET_MS).toISOString().slice(0, 10);
const shTime = (iso: string) =>
  new Date(Date.parse(iso) + CST_OFFSET_MS).toISOString().slice(11, 16);

/** Plan a monthly series (每月第二周四 by default) or a single party day; or edit one. */
export function PlanPage() {
  const { id } = useParams();
  const detail = useEventDetail(id);
  if (id && !detail) return null;
  return <PlanForm key={id ?? 'new'} event={detail?.event ?? null} />;
}

function PlanForm({ event }: { event: EventRecord | null }) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const orgs = useManagedOrgs();
  const [mode, setMode] = useState<Mode>(event ? 'single' : 'series');
  const [orgId, setOrgId] = useState(event?.orgId ?? '');
  const [title, setTitle] = useState(event?.title ?? t('plan.defaultTitle'));
  const [venue, setVenue] = useState(event?.venue ?? '');
  const [capacity, setCapacity] = useState(event?.capacity ? String(event.capacity) : '');
  const [agenda, setAgenda] = useState<AgendaItem[]>(
    event?.agenda ?? [
      { title: t('plan.defaultAgenda1'), mandatory: true },
      { title: t('plan.defaultAgenda2'), mandatory: false },
    ],
  );
  const [theme, setTheme] = useState(event?.theme ?? '');
  const [day, setDay] = useState(event ? shDay(event.startsAt) : '');
  const [startTime, setStartTime] = useState(
    event ? shTime(event.startsAt) : DEFAULT_RULE.startTime,
  );
  const [endTime, setEndTime] = useState(event ? shTime(event.endsAt) : DEFAULT_RULE.endTime);
  const [fromMonth, setFromMonth] = useState(addMonths(shanghaiMonth(Date.now()), 1));
  const [count, setCount] = useState(3);
  const [nth, setNth] = useState<MonthlyRule['nth']>(DEFAULT_RULE.nth);
  const [weekday, setWeekday] = useState(DEFAULT_RULE.weekday);
  const [themes, setThemes] = useState<string[]>(['', '', '']);
  const [error, setError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const effectiveOrg = orgId || orgs[0]?.id || '';
  const rule: MonthlyRule = { nth, weekday, startTime, endTime };
  const months = /^\d{4}-\d{2}$/.test(fromMonth) ? seriesDates(rule, fromMonth, count) : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = {
      orgId: effectiveOrg,
      title: title.trim(),
      venue: venue.trim(),
      capacity: capacity ? Number(capacity) : null,
      agenda: agenda
        .map((a) => ({ ...a, title: a.title.trim() }))
        .filter((a) => a.title.length > 0),
    };
    let saves: MutationArgs<'event.save'>[];
    try {
      saves =
        mode === 'series'
          ? planSeries(common, rule, fromMonth, themes.slice(0, count))
          : [
              planSingle(
                common,
                theme,
                day,
                startTime,
                endTime,
                event?.id,
                event?.seriesId ?? null,
              ),
            ];
    } catch {
      setError(t('plan.invalid'));
      return;
    }
    const bad = saves.find(
      (s) =>
        !mutationArgs['event.save'].safeParse(s).success ||
        Date.parse(s.endsAt) <= Date.parse(s.startsAt),
    );
    if (bad) {
      setError(t('plan.invalid'));
      return;
    }
    setError(null);
    saveEvents(saves)
      .then(() => navigate(event ? `/events/${event.id}` : '/events'))
      .catch(() => setError(t('errors.saveFailed')));
  };

  const weekdays = [0, 1, 2, 3, 4, 5, 6].map((d) => ({
    value: String(d),
    label: new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 7 + d)),
    ),
  }));

  return (
    <div className="stack">
      <PageHeader
        title={event ? t('plan.editTitle') : t('plan.title')}
        leading={<BackLink to={event ? `/events/${event.id}` : '/events'} />}
      />
      <form className="form stack" onSubmit={submit} noValidate>
        {!event && (
          <SegmentedControl
            legend={t('plan.mode')}
            value={mode}
            options={[
              { value: 'series', label: t('plan.modeSeries') },
              { value: 'single', label: t('plan.modeSingle') },
            ]}
            onChange={setMode}
          />
        )}
        <Card title={t('plan.basics')}>
          <div className="form">
            {orgs.length > 1 && (
              <Select
                label={t('plan.org')}
                value={effectiveOrg}
                disabled={!!event}
                options={orgs.map((o) => ({ value: o.id, label: o.name }))}
                onChange={(e) => setOrgId(e.target.value)}
              />
            )}
            <TextField
              label={t('plan.titleLabel')}
              value={title}
              maxLength={80}
              required
              onChange={(e) => setTitle(e.target.value)}
            />
            <TextField
              label={t('detail.venue')}
              value={venue}
              maxLength={120}
              required
              onChange={(e) => setVenue(e.target.value)}
            />
            <TextField
              label={t('plan.capacity')}
              hint={t('plan.capacityHint')}
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.target.value.replace(/\D/g, '').slice(0, 5))}
            />
            <div className="form-row">
              <TextField
                label={t('plan.start')}
                type="time"
                value={startTime}
                onChange={(e) => setStartTime(e.target.value)}
              />
              <TextField
                label={t('plan.end')}
                type="time"
                value={endTime}
                onChange={(e) => setEndTime(e.target.value)}
              />
            </div>
            <AgendaEditor value={agenda} onChange={setAgenda} />
          </div>
        </Card>
        {mode === 'single' ? (
          <Card title={t('plan.singleTitle')}>
            <div className="form">
              <TextField
                label={t('plan.day')}
                type="date"
                value={day}
                required
                onChange={(e) => setDay(e.target.value)}
              />
              <TextField
                label={t('detail.theme')}
                value={theme}
                maxLength={120}
                required
                onChange={(e) => setTheme(e.target.value)}
              />
            </div>
          </Card>
        ) : (
          <Card title={t('plan.seriesTitle')}>
            <div className="form">
              <div className="form-row">
                <Select
                  label={t('plan.nth')}
                  value={String(nth)}
                  options={(['1', '2', '3', '4', '-1'] as const).map((n) => ({
                    value: n,
                    label: t(`plan.nthOption.${n}`),
                  }))}
                  onChange={(e) => setNth(Number(e.target.value) as MonthlyRule['nth'])}
                />
                <Select
                  label={t('plan.weekday')}
                  value={String(weekday)}
                  options={weekdays}
                  onChange={(e) => setWeekday(Number(e.target.value))}
                />
              </div>
              <div className="form-row">
                <TextField
                  label={t('plan.fromMonth')}
                  type="month"
                  value={fromMonth}
                  onChange={(e) => setFromMonth(e.target.value)}
                />
                <Select
                  label={t('plan.count')}
                  value={String(count)}
                  options={Array.from({ length: 12 }, (_, i) => ({
                    value: String(i + 1),
                    label: t('plan.months', { count: i + 1 }),
                  }))}
                  onChange={(e) => {
                    const n = Number(e.target.value);
                    setCount(n);
                    setThemes((prev) => Array.from({ length: n }, (_, i) => prev[i] ?? ''));
                  }}
                />
              </div>
              {months.map((m, i) => (
                <TextField
                  key={m.month}
                  label={t('plan.themeFor', { date: shDay(m.startsAt) })}
                  value={themes[i] ?? ''}
                  maxLength={120}
                  required
                  onChange={(e) =>
                    setThemes((prev) => prev.map((x, j) => (j === i ? e.target.value : x)))
                  }
                />
              ))}
            </div>
          </Card>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" block>
          {event
            ? t('plan.saveEdit')
            : mode === 'series'
              ? t('plan.saveSeries', { count })
              : t('plan.saveSingle')}
        </Button>
        {event && event.status !== 'cancelled' && (
          <Button variant="danger" block onClick={() => setConfirmCancel(true)}>
            {t('plan.cancelEvent')}
          </Button>
        )}
      </form>
      {event && (
        <Dialog
          open={confirmCancel}
          role="alertdialog"
          title={t('plan.cancelConfirmTitle')}
          closeLabel={tc('close')}
          onClose={() => setConfirmCancel(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setConfirmCancel(false)}>
                {tc('cancel')}
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  setConfirmCancel(false);
                  void cancelEvent(event.id).then(() => navigate(`/events/${event.id}`));
                }}
              >
                {t('plan.cancelConfirm')}
              </Button>
            </>
          }
        >
          <p>{t('plan.cancelConfirmBody')}</p>
        </Dialog>
      )}
    </div>
  );
}
