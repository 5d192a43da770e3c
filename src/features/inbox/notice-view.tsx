import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { markRead } from './inbox-actions.ts';
import { targetPath, useNoticeText } from './notice-text.ts';
import { useOrgName } from './use-publish-orgs.ts';
import type { InboxItem } from './use-inbox.ts';
import './strings.ts';

/** One notice in full. Opening it marks it read on every device of this user. */
export function NoticeView({ item }: { item: InboxItem }) {
  const { t } = useTranslation('inbox');
  const text = useNoticeText();
  const org = useOrgName(item.target ? null : item.orgId);
  useEffect(() => {
    if (!item.read) void markRead([item.id]);
  }, [item.id, item.read]);
  const body = text.body(item);
  return (
    <article className="notice-view stack" aria-labelledby="notice-title">
      <p className="inbox-item__meta">
        <Badge tone="info">{text.kind(item)}</Badge>
        <time dateTime={item.at} className="inbox-item__time">
          {text.when(item.at)}
        </time>
      </p>
      <h2 id="notice-title" className="notice-view__title">
        {text.heading(item)}
      </h2>
      {item.authorName && <p className="muted">{t('from', { name: item.authorName })}</p>}
      {org && <p className="muted">{t('scope', { org })}</p>}
      {body && <div className="notice-view__body">{body}</div>}
      {item.target && (
        <p>
          <Link className="btn btn--primary" to={targetPath(item.target)}>
            {t(`open.${item.target.type}`)}
          </Link>
        </p>
      )}
    </article>
  );
}
