import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { WallPostRecord } from '../../shared/records.ts';
import { hideWallPost, postToWall } from './event-actions.ts';
import './strings.ts';

const MAX = 280;

interface MessageWallProps {
  eventId: string;
  posts: readonly (WallPostRecord & { pending?: boolean | undefined })[];
  canPost: boolean;
  canModerate: boolean;
  /** why there is no form when canPost is false (null: said elsewhere on the page) */
  locked: string | null;
}

/** 留言墙: short notes shown as plain text (React escapes them; never HTML). */
export function MessageWall({ eventId, posts, canPost, canModerate, locked }: MessageWallProps) {
  const { t, i18n } = useTranslation('events');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text) {
      setError(t('wall.empty'));
      return;
    }
    setError(null);
    postToWall(eventId, text)
      .then(() => setBody(''))
      .catch(() => setError(t('errors.saveFailed')));
  };
  return (
    <Card title={t('wall.title')} className="wall">
      {posts.length === 0 ? (
        <p className="muted">{t('wall.none')}</p>
      ) : (
        <ul className="list">
          {posts.map((p) => (
            <li key={p.id} className="wall__post">
              <p className="wall__meta">
                <span className="wall__author">{p.authorName}</span>{' '}
                <time className="muted" dateTime={p.createdAt}>
                  {formatDateTime(p.createdAt, i18n.language)}
                </time>
                {p.pending && <span className="muted"> · {t('status.waitingSync')}</span>}
              </p>
              <p className="wall__body">{p.body}</p>
              {canModerate && !p.pending && (
                <Button variant="ghost" small onClick={() => void hideWallPost(p.id)}>
                  {t('wall.hide')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canPost && (
        <form className="form" onSubmit={submit}>
          <TextArea
            label={t('wall.label')}
            hint={t('wall.hint', { count: MAX - body.length })}
            value={body}
            maxLength={MAX}
            rows={3}
            error={error}
            onChange={(e) => setBody(e.target.value)}
          />
          <Button type="submit">{t('wall.post')}</Button>
        </form>
      )}
      {!canPost && locked && <p className="muted">{locked}</p>}
    </Card>
  );
}
