import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { SERVICE_GROUPS } from '../../shared/groups.ts';
import { quarterOf, shiftQuarter, type ListKind } from '../../shared/lists/rules.ts';
import { useSession } from '../../sync/session.ts';
import { useWide } from '../members/use-wide.ts';
import { groupName } from '../requests/group-label.ts';
import '../requests/strings.ts';
import { ItemDetail } from './item-detail.tsx';
import { ItemForm } from './item-form.tsx';
import { quarterLabel } from './labels.ts';
import { publishLists, saveListItem } from './lists-actions.ts';
import {
  useCandidates,
  useListItems,
  usePublication,
  useWorkParks,
  type Candidate,
} from './use-lists.ts';
import './strings.ts';

const KINDS: readonly ListKind[] = ['need', 'resource', 'activity'];

/**
 * The lists workbench of a park and quarter: organizers keep the three lists and publish them;
 * departments post resources and claim and work needs. At 1024 px and wider the detail sits
 * beside the list; on a phone it takes the list's place.
 */
export function WorkbenchPage() {
  const { t, i18n } = useTranslation('lists');
  const { t: tr } = useTranslation('requests');
  const { user } = useSession();
  const wide = useWide();
  const parks = useWorkParks(user);
  const [parkId, setParkId] = useState<string | null>(null);
  const [quarter, setQuarter] = useState(() => quarterOf(new Date()));
  const [kind, setKind] = useState<ListKind>('need');
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const park = parks?.find((p) => p.id === parkId) ?? parks?.[0];
  const items = useListItems(park?.id, quarter);
  const publication = usePublication(park?.id, quarter);
  const candidates = useCandidates(park?.id, quarter);
  const locale = i18n.language;
  if (!user) return null;

  const leads = user.roles.includes('organizer') || user.roles.includes('admin');
  const groups = leads ? SERVICE_GROUPS : user.groups;
  const shown = (items ?? []).filter((i) => i.kind === kind);
  const current = items?.find((i) => i.id === selected);
  const resources = (items ?? []).filter((i) => i.kind === 'resource');
  const mayAdd =
    leads || (kind === 'resource' && user.roles.includes('staff') && groups.length > 0);
  const fits = (c: Candidate) => c.kind === kind;

  const take = (c: Candidate) =>
    void saveListItem({
      orgId: park!.id,
      quarter,
      kind: c.kind,
      title: c.title.slice(0, 120),
      description: c.description.slice(0, 2000),
      category: c.kind === 'need' ? (c.category as (typeof SERVICE_GROUPS)[number]) : null,
      startsAt: c.startsAt,
      venue: c.venue?.slice(0, 100) ?? null,
      sourceType: c.sourceType,
      sourceId: c.sourceId,
    });

  const header = (
    <PageHeader
      title={t('work.title')}
      leading={
        <Link to="/lists" className="icon-btn" aria-label={t('work.back')}>
          <span aria-hidden="true">‹</span>
        </Link>
      }
    />
  );
  if (parks && parks.length === 0) {
    return (
      <div className="stack">
        {header}
        <EmptyState title={t('work.noPark')} body={t('work.noParkBody')} />
      </div>
    );
  }
  if (!park) return header;

  const detail = adding ? (
    <ItemForm
      orgId={park.id}
      quarter={quarter}
      kind={kind}
      groups={groups}
      onDone={(id) => {
        setAdding(false);
        setSelected(id);
      }}
    />
  ) : current ? (
    <ItemDetail
      item={current}
      user={user}
      leads={leads}
      resources={resources}
      groups={groups}
      onClose={() => setSelected(null)}
    />
  ) : null;

  const list = (
    <div className="stack">
      {mayAdd && (
        <Button
          onClick={() => {
            setSelected(null);
            setAdding(true);
          }}
        >
          {t('work.add', { kind: t(`kindOne.${kind}`) })}
        </Button>
      )}
      {shown.length === 0 ? (
        <p className="muted">{t('work.empty')}</p>
      ) : (
        <ul className="lists-entries" aria-label={t(`kinds.${kind}`)}>
          {shown.map((i) => (
            <li key={i.id}>
              <button
                type="button"
                className="lists-pick"
                aria-current={i.id === selected ? 'true' : undefined}
                onClick={() => {
                  setAdding(false);
                  setSelected(i.id);
                }}
              >
                <span className="lists-entry__head">
                  <strong>{i.title}</strong>
                  {i.status && <Badge tone="info">{t(`status.${i.status}`)}</Badge>}
                </span>
                <span className="muted">
                  {i.kind === 'activity'
                    ? i.startsAt
                      ? formatDateTime(i.startsAt, locale)
                      : ''
                    : [
                        i.category ? groupName(tr, i.category) : '',
                        i.provider ?? '',
                        i.resourceId
                          ? t('published.matched', {
                              title: resources.find((r) => r.id === i.resourceId)?.title ?? '',
                            })
                          : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {leads && kind !== 'resource' && (
        <section className="card" aria-labelledby="lists-candidates">
          <h2 id="lists-candidates" className="card__title">
            {t('work.candidates')}
          </h2>
          <p className="muted">{t('work.candidatesHint')}</p>
          {(candidates ?? []).filter(fits).length === 0 ? (
            <p className="muted">{t('work.noCandidates')}</p>
          ) : (
            <ul className="lists-entries">
              {(candidates ?? []).filter(fits).map((c) => (
                <li key={c.sourceId} className="lists-entry">
                  <div className="lists-entry__head">
                    <span>
                      <strong>{c.title}</strong>{' '}
                      <span className="muted">
                        {t(
                          c.sourceType === 'request'
                            ? 'work.fromRequest'
                            : c.sourceType === 'event'
                              ? 'work.fromEvent'
                              : 'work.fromLesson',
                        )}
                      </span>
                    </span>
                    <Button
                      variant="secondary"
                      small
                      aria-label={`${t('work.take')}：${c.title}`}
                      onClick={() => take(c)}
                    >
                      {t('work.take')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );

  return (
    <div className="stack lists">
      {header}
      <div className="lists-toolbar">
        {parks && parks.length > 1 && (
          <Select
            label={t('park')}
            value={park.id}
            onChange={(e) => {
              setParkId(e.target.value);
              setSelected(null);
            }}
            options={parks.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <div className="lists-quarter" role="group" aria-label={t('quarterLabel')}>
          <Button
            variant="ghost"
            small
            aria-label={t('work.prev')}
            onClick={() => setQuarter(shiftQuarter(quarter, -1))}
          >
            ‹
          </Button>
          <strong aria-live="polite">
            {park.name} · {quarterLabel(t, quarter)}
          </strong>
          <Button
            variant="ghost"
            small
            aria-label={t('work.next')}
            onClick={() => setQuarter(shiftQuarter(quarter, 1))}
          >
            ›
          </Button>
        </div>
        {leads && (
          <div className="lists-publish">
            <span className="muted">
              {publication
                ? t('work.lastPublished', { time: formatDateTime(publication.publishedAt, locale) })
                : t('work.notPublished')}
            </span>
            <Button onClick={() => setPublishing(true)}>{t('work.publish')}</Button>
          </div>
        )}
      </div>
      <Tabs
        label={t('title')}
        tabs={KINDS.map((k) => ({ key: k, label: t(`kinds.${k}`) }))}
        selected={kind}
        onSelect={(k) => {
          setKind(k);
          setSelected(null);
          setAdding(false);
        }}
      >
        {wide ? (
          <div className="lists-split">
            <div>{list}</div>
            <aside className="card lists-split__detail" aria-label={t('work.select')}>
              {detail ?? <p className="muted">{t('work.select')}</p>}
            </aside>
          </div>
        ) : detail ? (
          <div className="card">{detail}</div>
        ) : (
          list
        )}
      </Tabs>
      <ConfirmDialog
        open={publishing}
        title={t('work.publishTitle', { quarter: quarterLabel(t, quarter) })}
        body={t('work.publishBody', { count: items?.length ?? 0 })}
        confirmLabel={t('work.publishConfirm')}
        cancelLabel={t('work.cancel')}
        onCancel={() => setPublishing(false)}
        onConfirm={() => {
          setPublishing(false);
          void publishLists(park.id, quarter);
        }}
      />
    </div>
  );
}
