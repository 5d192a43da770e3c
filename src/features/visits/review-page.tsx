import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { DataTable, type Column } from '../../components/ui/data-table.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { formatDate } from '../../i18n/format.ts';
import { REVIEW_OUTCOMES, reviewProblem, type ReviewOutcome } from '../../shared/visits/duties.ts';
import { useSession } from '../../sync/session.ts';
import { RefusedHere } from '../me/refused-here.tsx';
import { useWide } from '../members/use-wide.ts';
import { BackLink } from '../requests/back-link.tsx';
import { defaultReviewYear, reviewRows, share, type ReviewRow } from './duty-model.ts';
import { settingsFor } from './home-model.ts';
import { exportReviewCsv, reviewTable } from './review-export.ts';
import { useInstructorData } from './use-instructor.ts';
import { assignFirm, reviewInstructor } from './visit-actions.ts';
import './strings.ts';

type Col = 'name' | 'org' | 'firms' | 'visits' | 'onTime' | 'logs' | 'discussions' | 'outcome';

/**
 * The yearly review of who instructs where (年度评议), for organizers of a park or the district:
 * each instructor under them with the year's figures, the review recorded per instructor and year,
 * and a firm moved to another instructor where needed. A table with the detail beside it from
 * 1024 px, cards on a phone; CSV and print. Read from the phone's tables, offline too.
 */
export function ReviewPage() {
  const { t } = useTranslation('visits');
  const { user } = useSession();
  const data = useInstructorData();
  const wide = useWide();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(() => defaultReviewYear(new Date()));
  const [selected, setSelected] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: Col; dir: 'asc' | 'desc' }>({ key: 'name', dir: 'asc' });

  const rows = useMemo(() => {
    if (!data || !user) return [];
    const { intervalDays } = settingsFor(data.orgs, data.settings, user.orgId);
    return reviewRows(
      {
        admins: data.admins,
        firms: data.firms,
        visits: data.visits,
        worklogs: data.worklogs,
        discussions: data.discussions,
        reviews: data.reviews,
      },
      year,
      intervalDays,
      new Date(),
    );
  }, [data, user, year]);

  if (!data || !user) return <p className="route-loading">{t('loading')}</p>;
  const orgNames = new Map(data.orgs.map((o) => [o.id, o.name]));
  const orgName = (id: string) => orgNames.get(id) ?? '';
  const organizer = user.roles.includes('organizer') || user.roles.includes('admin');
  const ratio = (count: number, of: number) =>
    of > 0 ? t('review.ratio', { count, of }) : t('review.noData');
  const percent = (count: number, of: number) =>
    of > 0 ? t('review.percent', { value: share(count, of), count, of }) : t('review.noData');
  const key = (r: ReviewRow): string | number => {
    switch (sort.key) {
      case 'name':
        return r.name;
      case 'org':
        return orgName(r.orgId);
      case 'firms':
        return r.firms.length;
      case 'visits':
        return r.visits;
      case 'onTime':
        return r.contacts.of ? r.contacts.onTime / r.contacts.of : -1;
      case 'logs':
        return r.logs.submitted;
      case 'discussions':
        return r.discussions.held;
      case 'outcome':
        return r.review?.outcome ?? '';
    }
  };
  const shown = [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name, 'zh-CN');
    return sort.dir === 'asc' ? c : -c;
  });
  const current = rows.find((r) => r.instructorId === selected) ?? null;
  const columns: Column<ReviewRow, Col>[] = [
    {
      key: 'name',
      label: t('review.name'),
      sortable: true,
      render: (r) => (
        <button
          type="button"
          className="link-button review__open"
          aria-label={t('review.open', { name: r.name })}
          aria-current={r.instructorId === selected ? 'true' : undefined}
          onClick={() => setSelected(r.instructorId)}
        >
          {r.name}
        </button>
      ),
    },
    { key: 'org', label: t('review.org'), sortable: true, render: (r) => orgName(r.orgId) },
    {
      key: 'firms',
      label: t('review.firms'),
      sortable: true,
      className: 'num',
      render: (r) => r.firms.length,
    },
    {
      key: 'visits',
      label: t('review.visits'),
      sortable: true,
      className: 'num',
      render: (r) => r.visits,
    },
    {
      key: 'onTime',
      label: t('review.onTime'),
      sortable: true,
      className: 'num',
      render: (r) => percent(r.contacts.onTime, r.contacts.of),
    },
    {
      key: 'logs',
      label: t('review.logs'),
      sortable: true,
      className: 'num',
      render: (r) => ratio(r.logs.submitted, r.logs.of),
    },
    {
      key: 'discussions',
      label: t('review.discussions'),
      sortable: true,
      className: 'num',
      render: (r) => ratio(r.discussions.held, r.discussions.of),
    },
    {
      key: 'outcome',
      label: t('review.outcome'),
      sortable: true,
      render: (r) =>
        r.review ? (
          <Badge tone={r.review.outcome === 'keep' ? 'success' : 'warning'}>
            {t(`review.${r.review.outcome}`)}
          </Badge>
        ) : (
          <Badge tone="neutral">{t('review.notReviewed')}</Badge>
        ),
    },
  ];

  const table = (
    <DataTable
      caption={t('review.caption', { year })}
      columns={columns}
      rows={shown}
      rowKey={(r) => r.instructorId}
      sort={sort}
      onSort={(k) =>
        setSort((s) => ({ key: k, dir: s.key === k && s.dir === 'asc' ? 'desc' : 'asc' }))
      }
      sortLabel={t('review.sort')}
      ascLabel={t('review.asc')}
      descLabel={t('review.desc')}
      onSortDir={(dir) => setSort((s) => ({ ...s, dir }))}
    />
  );
  const detail = current && (
    <ReviewDetail
      key={`${current.instructorId}:${year}`}
      row={current}
      year={year}
      orgName={orgName(current.orgId)}
      others={rows.filter((r) => r.instructorId !== current.instructorId)}
      ratio={ratio}
      percent={percent}
    />
  );

  return (
    <div className="stack review">
      <PageHeader title={t('review.title')} leading={<BackLink to="/instructor" />} />
      <p className="muted no-print">{t('review.intro')}</p>
      {!organizer || rows.length === 0 ? (
        <EmptyState title={t('review.none')} />
      ) : (
        <>
          <div className="review__tools no-print">
            <Select
              label={t('review.year')}
              value={String(year)}
              onChange={(e) => {
                setYear(Number(e.target.value));
              }}
              options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({
                value: String(y),
                label: t('review.yearOption', { year: y }),
              }))}
            />
            <Button
              variant="secondary"
              small
              onClick={() =>
                exportReviewCsv(t('review.title'), year, reviewTable(shown, orgName, t))
              }
            >
              {t('review.export')}
            </Button>
            <Button variant="ghost" small onClick={() => window.print()}>
              {t('review.print')}
            </Button>
          </div>
          <h2 className="review__print-title">{t('review.caption', { year })}</h2>
          {wide ? (
            <div className="review-split">
              <div>{table}</div>
              <aside className="card review-split__detail no-print" aria-label={t('review.select')}>
                {detail ?? <p className="muted">{t('review.select')}</p>}
              </aside>
            </div>
          ) : detail ? (
            <div className="card stack">
              <Button variant="ghost" small onClick={() => setSelected(null)}>
                {t('review.back')}
              </Button>
              {detail}
            </div>
          ) : (
            table
          )}
        </>
      )}
    </div>
  );
}

interface DetailProps {
  row: ReviewRow;
  year: number;
  orgName: string;
  others: readonly ReviewRow[];
  ratio: (count: number, of: number) => string;
  percent: (count: number, of: number) => string;
}

/** The writes this sheet makes; a refused one is shown beside the instructor's figures. */
const REVIEW_MUTATIONS = ['instructor.review', 'firm.assign'] as const;

/** One instructor: the figures, their firms (each may move to another instructor), the review. */
function ReviewDetail({ row, year, orgName, others, ratio, percent }: DetailProps) {
  const { t, i18n } = useTranslation('visits');
  const [outcome, setOutcome] = useState<ReviewOutcome>(row.review?.outcome ?? 'keep');
  const [notes, setNotes] = useState(row.review?.notes ?? '');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [moving, setMoving] = useState<{ firmId: string; firm: string; to: string } | null>(null);
  const toName = (id: string) => others.find((o) => o.instructorId === id)?.name ?? '';

  const save = () => {
    if (reviewProblem({ year, outcome, notes }, Date.now())) {
      return setError(t('review.needNotes'));
    }
    void reviewInstructor({
      year,
      instructorId: row.instructorId,
      outcome,
      notes: notes.trim(),
    }).then(() => setNote(t('review.saved')));
  };

  return (
    <div className="stack review-detail">
      <h2>{row.name}</h2>
      <p className="muted">{orgName}</p>
      <dl className="review-detail__figures">
        <dt>{t('review.visits')}</dt>
        <dd>{row.visits}</dd>
        <dt>{t('review.onTime')}</dt>
        <dd>{percent(row.contacts.onTime, row.contacts.of)}</dd>
        <dt>{t('review.logs')}</dt>
        <dd>{ratio(row.logs.submitted, row.logs.of)}</dd>
        <dt>{t('review.discussions')}</dt>
        <dd>{ratio(row.discussions.held, row.discussions.of)}</dd>
      </dl>
      <RefusedHere target={undefined} anyTarget names={REVIEW_MUTATIONS} />

      <section className="stack" aria-labelledby="review-firms">
        <h3 id="review-firms">{t('review.firmsNow')}</h3>
        {row.firms.length === 0 ? (
          <p className="muted">{t('review.noFirms')}</p>
        ) : (
          <ul className="list review-detail__firms">
            {row.firms.map((f) => (
              <li key={f.id} className="review-detail__firm">
                <strong>{f.name}</strong>
                {others.length === 0 ? (
                  <span className="muted">{t('review.noOther')}</span>
                ) : (
                  <div className="review-detail__move">
                    <Select
                      label={t('review.reassignTo', { firm: f.name })}
                      value={targets[f.id] ?? ''}
                      onChange={(e) => setTargets({ ...targets, [f.id]: e.target.value })}
                      options={[
                        { value: '', label: t('review.chooseInstructor') },
                        ...others.map((o) => ({ value: o.instructorId, label: o.name })),
                      ]}
                    />
                    <Button
                      variant="secondary"
                      small
                      disabled={!targets[f.id]}
                      onClick={() => setMoving({ firmId: f.id, firm: f.name, to: targets[f.id]! })}
                    >
                      {t('review.reassign')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/instructor/discussion/new?instructor=${row.instructorId}`}>
            {t('review.planDiscussion')}
          </Link>
        </p>
      </section>

      <section className="stack" aria-labelledby="review-form">
        <h3 id="review-form">{t('review.record', { year })}</h3>
        {row.review && (
          <p className="muted">
            {t('review.recordedBy', {
              name: row.review.reviewerName,
              date: formatDate(row.review.updatedAt, i18n.language),
            })}{' '}
            {row.review.pending && <Badge tone="info">{t('discussion.waiting')}</Badge>}
          </p>
        )}
        <SegmentedControl<ReviewOutcome>
          legend={t('review.outcome')}
          value={outcome}
          onChange={(o) => {
            setOutcome(o);
            setError('');
            setNote('');
          }}
          options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`review.${o}`) }))}
        />
        <TextArea
          label={t('review.notes')}
          hint={t('review.notesHint')}
          value={notes}
          rows={4}
          maxLength={2000}
          error={error || null}
          onChange={(e) => {
            setNotes(e.target.value);
            setError('');
            setNote('');
          }}
        />
        <Button onClick={save}>{t('review.save')}</Button>
        {note && (
          <p role="status" className="muted">
            {note}
          </p>
        )}
      </section>

      <ConfirmDialog
        open={moving !== null}
        title={
          moving ? t('review.reassignTitle', { firm: moving.firm, name: toName(moving.to) }) : ''
        }
        body={
          moving ? t('review.reassignBody', { from: row.name, name: toName(moving.to) }) : undefined
        }
        confirmLabel={t('review.reassign')}
        cancelLabel={t('discussion.cancel')}
        onCancel={() => setMoving(null)}
        onConfirm={() => {
          const m = moving!;
          setMoving(null);
          void assignFirm(m.firmId, m.to).then(() => setNote(t('review.reassigned')));
        }}
      />
    </div>
  );
}
