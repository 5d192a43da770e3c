import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { Toast } from '../../components/ui/toast.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { HiddenWallPostRecord, WallPostRecord } from '../../shared/records.ts';
import { hideWallPost, postToWall, unhideWallPost } from './event-actions.ts';
import './strings.ts';

const MAX = 280;
/** How long the undo stays on screen after hiding a post. */
const UNDO_MS = 8_000;

type Post = WallPostRecord & { pending?: boolean | undefined };
type Hidden = HiddenWallPostRecord & { pending?: boolean | undefined };

interface MessageWallProps {
  eventId: string;
  posts: readonly Post[];
  /** hidden posts this user may see: every one for an organizer, their own for a member */
  hidden: readonly Hidden[];
  userId: string | undefined;
  canPost: boolean;
  canModerate: boolean;
  /** why there is no form when canPost is false (null: said elsewhere on the page) */
  locked: string | null;
}

function PostMeta({ post, locale }: { post: Post; locale: string }) {
  const { t } = useTranslation('events');
  return (
    <p className="wall__meta">
      <span className="wall__author">{post.authorName}</span>{' '}
      <time className="muted" dateTime={post.createdAt}>
        {formatDateTime(post.createdAt, locale)}
      </time>
      {post.pending && <span className="muted"> · {t('status.waitingSync')}</span>}
    </p>
  );
}

/**
 * 留言墙: short notes shown as plain text (React escapes them; never HTML). Organizers hide a post
 * after confirming, can undo at once from the toast, and keep a list of hidden posts to put back.
 * The author still sees their own hidden post, marked, with why it is gone for everyone else.
 */
export function MessageWall({
  eventId,
  posts,
  hidden,
  userId,
  canPost,
  canModerate,
  locked,
}: MessageWallProps) {
  const { t, i18n } = useTranslation('events');
  const { t: tc } = useTranslation('common');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Post | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const [showHidden, setShowHidden] = useState(false);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

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
  const hide = (post: Post) => {
    setConfirming(null);
    hideWallPost(post.id).then(
      () => setUndo(post.id),
      () => setError(t('errors.saveFailed')),
    );
  };
  const unhide = (postId: string) => {
    setUndo(null);
    unhideWallPost(postId).catch(() => setError(t('errors.saveFailed')));
  };

  // Shown in place, in time order: the wall and this member's own hidden posts (an organizer
  // finds every hidden one in the list below instead).
  const ownHidden = canModerate ? [] : hidden.filter((h) => h.userId === userId);
  const shown: (Post | Hidden)[] = [...posts, ...ownHidden].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const isHidden = (p: Post | Hidden): p is Hidden => 'hiddenAt' in p;

  return (
    <Card title={t('wall.title')} className="wall">
      {shown.length === 0 ? (
        <p className="muted">{t('wall.none')}</p>
      ) : (
        <ul className="list">
          {shown.map((p) =>
            isHidden(p) ? (
              <li key={p.id} className="wall__post wall__post--hidden">
                <PostMeta post={p} locale={i18n.language} />
                <p className="wall__body">{p.body}</p>
                <p className="wall__hidden-note">
                  <strong>{t('wall.hiddenMine', { name: p.hiddenByName })}</strong>{' '}
                  {t('wall.hiddenMineWhy')}
                </p>
              </li>
            ) : (
              <li key={p.id} className="wall__post">
                <PostMeta post={p} locale={i18n.language} />
                <p className="wall__body">{p.body}</p>
                {canModerate && !p.pending && (
                  <Button
                    variant="ghost"
                    small
                    aria-label={t('wall.hideLabel', { name: p.authorName })}
                    onClick={() => setConfirming(p)}
                  >
                    {t('wall.hide')}
                  </Button>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {canModerate && hidden.length > 0 && (
        <section className="wall__hidden" aria-labelledby={`hidden-${eventId}`}>
          <h3 id={`hidden-${eventId}`} className="wall__hidden-title">
            {t('wall.hiddenTitle', { count: hidden.length })}
          </h3>
          <Button
            variant="secondary"
            small
            aria-expanded={showHidden}
            onClick={() => setShowHidden((v) => !v)}
          >
            {showHidden ? t('wall.hiddenCollapse') : t('wall.hiddenExpand')}
          </Button>
          {showHidden && (
            <ul className="list">
              {hidden.map((h) => (
                <li key={h.id} className="wall__post wall__post--hidden">
                  <PostMeta post={h} locale={i18n.language} />
                  <p className="wall__body">{h.body}</p>
                  <p className="muted">
                    {t('wall.hiddenBy', {
                      name: h.hiddenByName,
                      time: formatDateTime(h.hiddenAt, i18n.language),
                    })}
                  </p>
                  {!h.pending && (
                    <Button variant="secondary" small onClick={() => unhide(h.id)}>
                      {t('wall.unhide')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
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
      {!canPost && error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!canPost && locked && <p className="muted">{locked}</p>}
      <Dialog
        open={confirming !== null}
        role="alertdialog"
        title={t('wall.hideConfirmTitle')}
        closeLabel={tc('close')}
        onClose={() => setConfirming(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {tc('cancel')}
            </Button>
            <Button variant="danger" onClick={() => confirming && hide(confirming)}>
              {t('wall.hideDo')}
            </Button>
          </>
        }
      >
        {confirming && (
          <>
            <p>{t('wall.hideConfirm', { name: confirming.authorName })}</p>
            <blockquote className="wall__quote">{confirming.body}</blockquote>
          </>
        )}
      </Dialog>
      {undo && (
        <Toast
          message={t('wall.hidden')}
          action={
            <Button variant="secondary" small onClick={() => unhide(undo)}>
              {t('wall.undo')}
            </Button>
          }
        />
      )}
    </Card>
  );
}
