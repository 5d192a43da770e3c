import { useId } from 'react';

interface SegmentedControlProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string; lang?: string }[];
  onChange: (value: V) => void;
}

/** A radio group styled as joined buttons: arrow keys move the choice, as with any radio group. */
export function SegmentedControl<V extends string>({
  legend,
  value,
  options,
  onChange,
}: SegmentedControlProps<V>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label className="segmented__option" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
