import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import type { QuizQuestion } from '../../shared/records.ts';
import { reportProgress } from './lesson-actions.ts';
import { scoreQuiz } from './quiz-score.ts';
import './strings.ts';

interface Props {
  lessonId: string;
  quiz: readonly QuizQuestion[];
  best: number | null;
  position: number;
  completed: boolean;
  /** send the score (members only; others may try the quiz for themselves) */
  record: boolean;
}

export function LessonQuiz({ lessonId, quiz, best, position, completed, record }: Props) {
  const { t } = useTranslation('lessons');
  const [answers, setAnswers] = useState<(number | null)[]>(() => quiz.map(() => null));
  const [score, setScore] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    if (answers.some((a) => a === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const s = scoreQuiz(quiz, answers);
    setScore(s);
    if (record) await reportProgress(lessonId, position, completed, s);
  };

  return (
    <Card title={t('quiz.title')} className="quiz">
      <p className="quiz__intro">{t('quiz.intro', { count: quiz.length })}</p>
      {best !== null && score === null && <p>{t('quiz.best', { score: best })}</p>}
      {quiz.map((q, i) => (
        <fieldset key={i} className="quiz__question" disabled={score !== null}>
          <legend>{t('quiz.question', { n: i + 1, q: q.q })}</legend>
          {q.options.map((o, j) => (
            <label key={j} className="quiz__option">
              <input
                type="radio"
                name={`quiz-${lessonId}-${i}`}
                checked={answers[i] === j}
                onChange={() => setAnswers((a) => a.map((v, k) => (k === i ? j : v)))}
              />
              <span>{o}</span>
            </label>
          ))}
          {score !== null && (
            <p className={answers[i] === q.answer ? 'quiz__right' : 'quiz__wrong'}>
              {answers[i] === q.answer
                ? t('quiz.right')
                : t('quiz.wrong', { answer: q.options[q.answer] })}
            </p>
          )}
        </fieldset>
      ))}
      {missing && (
        <p className="form-error" role="alert">
          {t('quiz.unanswered')}
        </p>
      )}
      {score === null ? (
        <Button block onClick={() => void submit()}>
          {t('quiz.submit')}
        </Button>
      ) : (
        <>
          <p className="quiz__score" role="status">
            {t('quiz.score', { score })}
          </p>
          <Button
            variant="secondary"
            block
            onClick={() => {
              setScore(null);
              setAnswers(quiz.map(() => null));
            }}
          >
            {t('quiz.retry')}
          </Button>
        </>
      )}
    </Card>
  );
}
