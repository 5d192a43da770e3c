import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/text-field.tsx';
import { creditCodeFeedback } from './credit-code-feedback.ts';
import './strings.ts';

interface CreditCodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** set after a save was tried, so an unfinished code is marked too */
  submitted: boolean;
}

/**
 * The unified social credit code, checked as it is typed: a wrong character or check character
 * shows at once; a code still too short shows its length as a hint until the field is left.
 */
export function CreditCodeField({ value, onChange, submitted }: CreditCodeFieldProps) {
  const { t } = useTranslation('admin');
  const [left, setLeft] = useState(false);
  const fb = creditCodeFeedback(value);
  const showLength = fb.problem === 'length' && (left || submitted);
  const message =
    fb.problem === 'character'
      ? t('firm.problem.character', { char: fb.badChar })
      : fb.problem === 'check'
        ? t('firm.problem.check')
        : showLength
          ? t('firm.problem.length', { count: fb.length })
          : null;
  const hint =
    fb.problem === null
      ? t('firm.creditOk')
      : fb.problem === 'length' && !showLength && fb.length > 0
        ? t('firm.problem.length', { count: fb.length })
        : t('firm.creditHint');
  return (
    <div aria-live="polite" className="credit-code">
      <TextField
        label={t('firm.creditCode')}
        hint={hint}
        error={message}
        value={value}
        maxLength={32}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="input--mono"
        onChange={(e) => onChange(e.target.value.toUpperCase())}
        onBlur={() => setLeft(true)}
      />
    </div>
  );
}
