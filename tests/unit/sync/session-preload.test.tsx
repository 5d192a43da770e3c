import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db.ts';
import { META, writeMeta } from '../../../src/db/meta.ts';
import { preloadSession, useSession } from '../../../src/sync/session.ts';

afterEach(cleanup);

const USER = {
  id: '0195a000-0000-7000-8000-0000000000c2',
  name: '测试用户',
  login: 'someone',
  roles: ['member'],
  orgId: '0195a000-0000-7000-8000-0000000000c1',
  groups: [],
};

/** Notes what each of its renders saw: the first render is the one that matters here. */
function Who({ seen }: { seen: string[] }) {
  const { user, ready } = useSession();
  const now = ready ? (user?.name ?? 'nobody') : 'reading';
  seen.push(now);
  return <p data-testid="who">{now}</p>;
}

describe('the session read before the first render', () => {
  it('lets the first render know who is signed in, then is forgotten', async () => {
    await writeMeta(db, META.session, { token: 'token-token-token-token', user: USER, card: null });
    await preloadSession();
    const first: string[] = [];
    render(<Who seen={first} />);
    // Without the preload the first render says 'reading' and the page draws a loading line.
    expect(first[0]).toBe('测试用户');

    // Signed out after the live query has read the session itself: a screen mounted now starts
    // from nothing known, never from the old preloaded user.
    await waitFor(() => expect(first.length).toBeGreaterThan(1));
    await db.meta.delete(META.session);
    const later: string[] = [];
    render(<Who seen={later} />);
    expect(later[0]).toBe('reading');
    await waitFor(() => expect(later.at(-1)).toBe('nobody'));
  });
});
