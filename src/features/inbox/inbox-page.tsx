import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { InboxIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { mayPublishNotices } from '../../shared/notices/rules.ts';
import { useSession } from '../../sync/session.ts';
import { useWide } from '../members/use-wide.ts';
import { markRead } from './inbox-actions.ts';
import { InboxList } from './inbox-list.tsx';
import { NoticeView } from './notice-view.tsx';
import { PrefsPage } from './prefs-page.tsx';
import { PublishPage } from './publish-page.tsx';
import { useInbox } from './use-inbox.ts';
import './inbox.css';
import './strings.ts';

/** 通知 (/inbox/*): the list, a notice, publishing and the choice per kind. */
export function InboxPage() {
  return (
    <Routes>
      <Route index element={<InboxScreen />} />
      <Route path="new" element={<PublishPage />} />
      <Route path="settings" element={<PrefsPage />} />
      <Route path=":id" element={<InboxScreen />} />
    </Routes>
  );
}

/**
 * On a phone the list and a notice are two screens; from 1024 px the notice sits beside the list.
 */
function InboxScreen() {
  const { t } = useTranslation('inbox');
  const { id } = useParams();
  const wide = useWide();
  const { user } = useSession();
  const inbox = useInbox();
  if (!inbox) return <p className="muted">{t('title')}…</p>;
  const item = id ? inbox.items.find((i) => i.id === id) : undefined;
  const unreadIds = inbox.items.filter((i) => !i.read && !i.pending).map((i) => i.id);

  const detail = id ? (
    item ? (
      <NoticeView item={item} />
    ) : (
      <p className="muted">{t('notFound')}</p>
    )
  ) : (
    <p className="muted">{t('choose')}</p>
  );

  if (id && !wide) {
    return (
      <div className="stack">
        <PageHeader
          title={t('title')}
          leading={
            <Link
              className="icon-btn back-link"
              to="/inbox"
              aria-label={t('back')}
              title={t('back')}
            >
              <span aria-hidden="true">‹</span>
            </Link>
          }
        />
        {detail}
      </div>
    );
  }

  return (
    <div className="stack">
      <PageHeader title={t('title')} />
      <nav className="inbox-actions" aria-label={t('title')}>
        {mayPublishNotices(user?.roles) && (
          <Link className="btn btn--primary" to="/inbox/new">
            {t('publish')}
          </Link>
        )}
        <Button
          variant="secondary"
          disabled={unreadIds.length === 0}
          onClick={() => void markRead(unreadIds)}
        >
          {t('markAll')}
        </Button>
        <Link className="btn btn--ghost" to="/inbox/settings">
          {t('settings')}
        </Link>
      </nav>
      {inbox.items.length === 0 ? (
        <EmptyState icon={<InboxIcon />} title={t('empty.title')} body={t('empty.body')} />
      ) : wide ? (
        <div className="inbox-split">
          <InboxList items={inbox.items} selected={id} />
          <section className="inbox-split__detail" aria-live="polite">
            {detail}
          </section>
        </div>
      ) : (
        <InboxList items={inbox.items} />
      )}
    </div>
  );
}
