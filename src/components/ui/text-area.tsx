import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field.tsx';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
}

export function TextArea({ label, hint, error, rows = 4, ...props }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea className="input" rows={rows} {...control} {...props} />}
    </Field>
  );
}
