import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { QuizDraft } from './editor-form.ts';
import './strings.ts';

interface Props {
  quiz: QuizDraft[];
  onChange: (quiz: QuizDraft[]) => void;
}

export function QuizEditor({ quiz, onChange }: Props) {
  const { t } = useTranslation('lessons');
  const update = (i: number, patch: Partial<QuizDraft>) =>
    onChange(quiz.map((q, k) => (k === i ? { ...q, ...patch } : q)));
  return (
    <fieldset className="quiz-editor">
      <legend>{t('editor.quiz')}</legend>
      {quiz.map((q, i) => {
        const options = q.options.split('\n').filter((o) => o.trim());
        return (
          <div key={i} className="quiz-editor__question">
            <TextField
              label={t('editor.questionText', { n: i + 1 })}
              value={q.q}
              maxLength={200}
              onChange={(e) => update(i, { q: e.target.value })}
            />
            <TextArea
              label={t('editor.options')}
              value={q.options}
              rows={3}
              onChange={(e) => update(i, { options: e.target.value })}
            />
            <Select
              label={t('editor.answer')}
              value={String(q.answer)}
              options={(options.length ? options : ['']).map((o, j) => ({
                value: String(j),
                label: `${t('editor.answerOption', { n: j + 1 })} ${o}`,
              }))}
              onChange={(e) => update(i, { answer: Number(e.target.value) })}
            />
            <Button variant="ghost" small onClick={() => onChange(quiz.filter((_, k) => k !== i))}>
              {t('editor.removeQuestion', { n: i + 1 })}
            </Button>
          </div>
        );
      })}
      {quiz.length < 10 && (
        <Button
          variant="secondary"
          onClick={() => onChange([...quiz, { q: '', options: '', answer: 0 }])}
        >
          {t('editor.addQuestion')}
        </Button>
      )}
    </fieldset>
  );
}
