interface CheckGroupProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}

/** A fieldset of checkboxes for a set of choices (roles, service groups). */
export function CheckGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
}: CheckGroupProps<V>) {
  return (
    <fieldset className="check-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check-group__option">
          <input
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...value, option.value]
                  : value.filter((v) => v !== option.value),
              )
            }
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
