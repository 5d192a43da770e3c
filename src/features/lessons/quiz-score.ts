import type { QuizQuestion } from '../../shared/records.ts';

/**
 * Scores a knowledge check on the phone (0–100, rounded), so it works offline; the result goes
 * to the server as `lesson.progress` quizScore. Unanswered questions count as wrong.
 */
export function scoreQuiz(quiz: readonly QuizQuestion[], answers: readonly (number | null)[]) {
  if (quiz.length === 0) return 0;
  const right = quiz.filter((q, i) => answers[i] === q.answer).length;
  return Math.round((right / quiz.length) * 100);
}
