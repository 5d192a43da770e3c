import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { StarRating } from '../../components/ui/star-rating.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import type { LessonRatingRecord } from '../../shared/records.ts';
import { rateLesson } from './lesson-actions.ts';
import './strings.ts';

interface Props {
  lessonId: string;
  current: LessonRatingRecord | null;
}

/** One rating per member and lesson: the form shows the current one and sending again replaces it. */
export function RatingForm({ lessonId, current }: Props) {
  const { t } = useTranslation('lessons');
  const [score, setScore] = useState<number | null>(current?.score ?? null);
  const [speaker, setSpeaker] = useState<number | null>(current?.speakerScore ?? null);
  const [comment, setComment] = useState(current?.comment ?? '');
  const [status, setStatus] = useState<'saved' | 'needScore' | null>(null);
  const star = (n: number) => t('rate.star', { count: n });

  const submit = async () => {
    if (score === null) {
      setStatus('needScore');
      return;
    }
    await rateLesson({
      lessonId,
      score,
      ...(speaker !== null ? { speakerScore: speaker } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
    setStatus('saved');
  };

  return (
    <Card title={t('rate.title')} className="rating-form">
      <StarRating legend={t('rate.lesson')} value={score} onChange={setScore} starLabel={star} />
      <StarRating
        legend={t('rate.speaker')}
        value={speaker}
        onChange={setSpeaker}
        starLabel={star}
      />
      <TextArea
        label={t('rate.comment')}
        value={comment}
        maxLength={500}
        rows={3}
        onChange={(e) => setComment(e.target.value)}
      />
      <Button block onClick={() => void submit()}>
        {current ? t('rate.update') : t('rate.submit')}
      </Button>
      {status === 'saved' && <p role="status">{t('rate.saved')}</p>}
      {status === 'needScore' && (
        <p className="form-error" role="alert">
          {t('rate.needScore')}
        </p>
      )}
    </Card>
  );
}
