import { useId, useRef } from 'react';
import { Button } from './button.tsx';

interface FilePickerProps {
  label: string;
  hint?: string;
  /** the button's words, e.g. 选择文件 */
  buttonText: string;
  accept?: string;
  disabled?: boolean;
  onPick: (file: File) => void;
}

/**
 * A file field that looks like the rest of the form: the field's label, its hint and a real
 * button. The native input (whose look and words the browser picks, in its own language) stays
 * in the page, hidden, and the button opens it.
 */
export function FilePicker({ label, hint, buttonText, accept, disabled, onPick }: FilePickerProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field file-picker">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        ref={input}
        id={id}
        type="file"
        hidden
        accept={accept}
        aria-labelledby={`${id}-label`}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onPick(file);
        }}
      />
      <Button
        variant="secondary"
        className="file-picker__button"
        id={`${id}-button`}
        aria-labelledby={`${id}-label ${id}-button`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {buttonText}
      </Button>
    </div>
  );
}
