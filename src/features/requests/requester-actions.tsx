import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { StarRating } from '../../components/ui/star-rating.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { canCancel, canRate } from '../../shared/request-flow.ts';
import type { RequestRecord } from '../../shared/records.ts';
import { cancelRequest, rateRequest } from './request-actions.ts';
import './strings.ts';

/** What the requester may do: withdraw before it is resolved, rate once it is. */
export function RequesterActions({ request }: { request: RequestRecord }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation('common');
  const [confirming, setConfirming] = useState(false);
  const [score, setScore] = useState<number | null>(request.rating?.score ?? null);
  const [comment, setComment] = useState(request.rating?.comment ?? '');

  if (canCancel(request.status)) {
    return (
      <>
        <Button variant="ghost" block onClick={() => setConfirming(true)}>
          {t('detail.cancel')}
        </Button>
        <Dialog
          open={confirming}
          role="alertdialog"
          title={t('detail.cancel')}
          closeLabel={tc('close')}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {tc('cancel')}
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  setConfirming(false);
                  void cancelRequest(request.id);
                }}
              >
                {t('detail.cancelDo')}
              </Button>
            </>
          }
        >
          <p>{t('detail.cancelConfirm')}</p>
        </Dialog>
      </>
    );
  }
  if (!canRate(request.status)) return null;
  return (
    <section aria-labelledby="rate-title" className="card">
      <h2 id="rate-title" className="card__title">
        {t('detail.rate')}
      </h2>
      {request.rating && (
        <p className="muted">{t('detail.rated', { score: request.rating.score })}</p>
      )}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (score === null) return;
          void rateRequest({
            requestId: request.id,
            score,
            ...(comment.trim() ? { comment: comment.trim() } : {}),
          });
        }}
      >
        <StarRating
          legend={t('detail.rateScore')}
          value={score}
          onChange={setScore}
          starLabel={(n) => tc('rating.star', { count: n })}
        />
        <TextArea
          label={t('detail.rateComment')}
          value={comment}
          rows={2}
          maxLength={500}
          onChange={(e) => setComment(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={score === null}>
          {request.rating ? t('detail.rateUpdate') : t('detail.rateSubmit')}
        </Button>
      </form>
    </section>
  );
}
