import { useId } from 'react';
import { StarIcon } from './icons.tsx';

interface StarRatingProps {
  legend: string;
  value: number | null;
  onChange: (score: number) => void;
  /** Accessible name of each star, e.g. n => t('rating.star', { count: n }). */
  starLabel: (score: number) => string;
  max?: number;
  disabled?: boolean;
}

/**
 * Native radios under the stars: arrow keys change the score, Tab leaves the group, and screen
 * readers announce "3 stars, 3 of 5" without extra ARIA.
 */
export function StarRating({
  legend,
  value,
  onChange,
  starLabel,
  max = 5,
  disabled = false,
}: StarRatingProps) {
  const name = useId();
  const scores = Array.from({ length: max }, (_, index) => index + 1);
  return (
    <fieldset className="star-rating" disabled={disabled}>
      <legend className="star-rating__legend">{legend}</legend>
      <div className="star-rating__stars">
        {scores.map((score) => (
          <label
            key={score}
            className={
              value !== null && score <= value
                ? 'star-rating__star star-rating__star--on'
                : 'star-rating__star'
            }
          >
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              aria-label={starLabel(score)}
              onChange={() => onChange(score)}
            />
            <StarIcon />
          </label>
        ))}
      </div>
      {value !== null && (
        <p className="star-rating__value" aria-hidden="true">
          {starLabel(value)}
        </p>
      )}
    </fieldset>
  );
}
