import type { ChangeEvent } from 'react';

interface SwitchProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Spelled-out state next to the control, so "on" is not shown by colour alone. */
  onText: string;
  offText: string;
}

export function Switch({ label, hint, checked, onChange, onText, offText }: SwitchProps) {
  return (
    <label className="switch">
      <span className="switch__text">
        <span>{label}</span>
        {hint && <span className="switch__hint">{hint}</span>}
      </span>
      <span className="switch__control">
        <span className="switch__state" aria-hidden="true">
          {checked ? onText : offText}
        </span>
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={checked}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
        />
      </span>
    </label>
  );
}
