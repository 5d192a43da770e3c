import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';
import type { NoticeTargetType } from '../../shared/notices/kinds.ts';
import type { InboxItem } from './use-inbox.ts';
import './strings.ts';

const REQUEST_DETAILS = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'rejected',
  'cancelled',
  'comment',
] as const;

/** Where a notice leads when opened. */
export function targetPath(target: { type: NoticeTargetType; id: string }): string {
  switch (target.type) {
    case 'request':
      return `/services/r/${target.id}`;
    case 'venue':
      return `/services/venues/${target.id}`;
    case 'event':
      return `/events/${target.id}`;
    case 'lesson':
      return `/lessons/${target.id}`;
    case 'join_request':
      return '/members/joins';
  }
}

/**
 * A notice in the reader's language. Published notices are shown as written; the server's and
 * the phone's own carry only the thing's words and a code, worded here.
 */
export function useNoticeText() {
  const { t, i18n } = useTranslation('inbox');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return {
    kind: (item: Pick<InboxItem, 'kind'>) => t(`kinds.${item.kind}`),
    heading(item: InboxItem): string {
      const title = item.title;
      switch (item.kind) {
        case 'request': {
          const d = REQUEST_DETAILS.find((x) => x === item.detail) ?? 'accepted';
          return t(`heading.request.${d}`, { title });
        }
        case 'booking':
        case 'join_request':
        case 'party_day':
        case 'lesson':
          return t(`heading.${item.kind}`, { title });
        default:
          return title;
      }
    },
    body(item: InboxItem): string {
      switch (item.kind) {
        case 'request':
          return item.detail === 'comment' || !item.body
            ? item.body
            : t('body.note', { note: item.body });
        case 'booking':
          return t('body.booking', { when: item.body ? when(item.body) : '' });
        case 'join_request':
          return t('body.join_request');
        case 'party_day':
        case 'lesson':
          return t(`body.${item.kind}`, { when: when(item.startsAt ?? item.at) });
        default:
          return item.body;
      }
    },
    when,
  };
}
