import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { useNoticeText } from './notice-text.ts';
import type { InboxItem } from './use-inbox.ts';
import './strings.ts';

/** The inbox, newest first; unread ones are marked by a word and weight, not colour alone. */
export function InboxList({ items, selected }: { items: InboxItem[]; selected?: string }) {
  const { t } = useTranslation('inbox');
  const text = useNoticeText();
  return (
    <ul className="inbox-list" aria-label={t('listLabel')}>
      {items.map((item) => (
        <li key={item.id}>
          <Link
            to={`/inbox/${item.id}`}
            className={`inbox-item${item.read ? '' : ' inbox-item--unread'}`}
            aria-current={selected === item.id ? 'true' : undefined}
          >
            <span className="inbox-item__meta">
              <Badge tone={item.read ? 'neutral' : 'primary'}>{text.kind(item)}</Badge>
              {!item.read && <span className="inbox-item__flag">{t('unread')}</span>}
              {item.pending && <span className="inbox-item__flag">{t('waiting')}</span>}
              <time dateTime={item.at} className="inbox-item__time">
                {text.when(item.at)}
              </time>
            </span>
            <span className="inbox-item__title">{text.heading(item)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
