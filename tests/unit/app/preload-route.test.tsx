import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each page module notes that it was loaded; nothing else of the pages is needed here.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/features/me/signin-page.tsx', () => {
  loaded.push('signin');
  return { SignInPage: () => null };
});
vi.mock('../../../src/app/language-switch.tsx', () => {
  loaded.push('language-switch');
  return { LanguageSwitch: () => null };
});
vi.mock('../../../src/features/lessons/lessons-page.tsx', () => {
  loaded.push('lessons');
  return { LessonsPage: () => null };
});
vi.mock('../../../src/features/events/events-page.tsx', () => {
  loaded.push('events');
  return { EventsPage: () => null };
});
vi.mock('../../../src/features/members/join-page.tsx', () => {
  loaded.push('join');
  return { JoinPage: () => null };
});

const { preloadRoute } = await import('../../../src/app/router.tsx');

// A module loads once per file, so each test opens a page no earlier test has loaded.
describe('preloadRoute (the chunks the first render needs)', () => {
  beforeEach(() => {
    loaded.length = 0;
  });

  it('loads the sign-in page, not the page behind the session, where nobody is signed in', async () => {
    await preloadRoute('/events', false);
    expect(loaded.sort()).toEqual(['language-switch', 'signin']);
  });

  it('loads the page being opened by someone signed in', async () => {
    await preloadRoute('/events/e1', true);
    expect(loaded).toEqual(['events']);
  });

  it('loads the lessons page for the start URL, which redirects there', async () => {
    await preloadRoute('/', true);
    expect(loaded).toEqual(['lessons']);
  });

  it('loads a page outside the session whether or not anyone is signed in', async () => {
    await preloadRoute('/join', false);
    expect(loaded).toEqual(['join']);
  });
});
