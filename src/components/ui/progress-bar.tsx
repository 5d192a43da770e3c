interface ProgressBarProps {
  label: string;
  /** null: the total is not known yet (indeterminate). */
  value: number | null;
  max?: number;
  /** Visible text such as "3/10"; also read as aria-valuetext. */
  valueText?: string;
  showLabel?: boolean;
}

export function ProgressBar({
  label,
  value,
  max = 100,
  valueText,
  showLabel = true,
}: ProgressBarProps) {
  const clamped = value === null ? null : Math.min(Math.max(value, 0), max);
  const percent = clamped === null || max <= 0 ? 0 : (clamped / max) * 100;
  return (
    <div className="progress">
      {showLabel && (
        <span className="progress__label">
          {label}
          {valueText ? ` ${valueText}` : ''}
        </span>
      )}
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={clamped ?? undefined}
        aria-valuetext={valueText}
      >
        {clamped === null ? (
          <div className="progress__bar progress__bar--indeterminate" />
        ) : (
          <div className="progress__bar" style={{ width: `${percent}%` }} />
        )}
      </div>
    </div>
  );
}
