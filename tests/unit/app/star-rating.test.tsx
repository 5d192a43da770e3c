import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { StarRating } from '../../../src/components/ui/star-rating.tsx';

function Rated({ initial = null }: { initial?: number | null }) {
  const [score, setScore] = useState<number | null>(initial);
  return (
    <>
      <StarRating
        legend="给这节课打分"
        value={score}
        onChange={setScore}
        starLabel={(n) => `${n} 星`}
      />
      <output data-testid="score">{score ?? 'none'}</output>
    </>
  );
}

// user-event walks radio groups with CSS.escape, which jsdom does not provide.
if (typeof CSS === 'undefined' || !CSS.escape) {
  Object.assign(globalThis, {
    CSS: { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) },
  });
}

describe('StarRating', () => {
  afterEach(cleanup);

  it('is a labelled group of five named stars', () => {
    render(<Rated />);
    const group = screen.getByRole('group', { name: '给这节课打分' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual([
      '1 星',
      '2 星',
      '3 星',
      '4 星',
      '5 星',
    ]);
  });

  it('changes the score with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Rated initial={3} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '3 星' }));

    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('score').textContent).toBe('4');
    expect(screen.getByRole('radio', { name: '4 星' })).toHaveProperty('checked', true);

    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByTestId('score').textContent).toBe('2');
  });

  it('can be chosen with Space from the keyboard when nothing is set', async () => {
    const user = userEvent.setup();
    render(<Rated />);
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByTestId('score').textContent).toBe('1');
  });
});
