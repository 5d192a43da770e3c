import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { commentOnRequest } from './request-actions.ts';
import { useRequestComments } from './use-requests.ts';
import './strings.ts';

export function RequestThread({ requestId, canWrite }: { requestId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation('requests');
  const comments = useRequestComments(requestId) ?? [];
  const [body, setBody] = useState('');

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text) return;
    await commentOnRequest(requestId, text);
    setBody('');
  };

  return (
    <section aria-labelledby="request-thread">
      <h2 id="request-thread">{t('detail.thread')}</h2>
      {comments.length === 0 ? (
        <p className="muted">{t('detail.noComments')}</p>
      ) : (
        <ul className="list thread">
          {comments.map((c) => (
            <li key={c.id} className="thread__item">
              <p className="thread__meta">
                <strong>{c.authorName}</strong>{' '}
                <time className="muted" dateTime={c.createdAt}>
                  {formatDateTime(c.createdAt, i18n.language)}
                </time>
                {c.pending && <span className="muted"> · {t('pending')}</span>}
              </p>
              <p className="thread__body">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="form" onSubmit={(e) => void send(e)}>
          <TextArea
            label={t('detail.comment')}
            value={body}
            rows={2}
            maxLength={1000}
            onChange={(e) => setBody(e.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={!body.trim()}>
            {t('detail.send')}
          </Button>
        </form>
      )}
    </section>
  );
}
