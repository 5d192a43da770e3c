import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db.ts';
import { PointsPage } from '../../../../src/features/points/points-page.tsx';
import type { PointsEntryRecord } from '../../../../src/shared/records.ts';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

const ME = '0190a0b0-0000-7000-8000-000000000001';
const OTHER = '0190a0b0-0000-7000-8000-000000000002';
const LESSON = '0190a0b0-0000-7000-8000-0000000000a1';

const entry = (
  p: Partial<PointsEntryRecord> & Pick<PointsEntryRecord, 'id'>,
): PointsEntryRecord => ({
  userId: ME,
  rule: 'lesson_completed',
  points: 10,
  category: 'learning',
  sourceType: 'lesson',
  sourceId: LESSON,
  earnedAt: new Date().toISOString(),
  capped: false,
  note: null,
  hours: null,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  ...p,
});

async function signedIn(roles = ['member']) {
  await db.meta.put({
    key: 'session',
    value: {
      token: 'tok',
      user: { id: ME, name: '陈晓创', login: 'member', roles, orgId: OTHER, groups: [] },
      card: null,
    },
  });
}

const show = () =>
  renderAt(
    <Routes>
      <Route path="/me/points" element={<PointsPage />} />
    </Routes>,
    '/me/points',
  );

describe('points screen', () => {
  useFreshDevice();
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });

  it('shows the member’s own total, month, index, source and history; never another member’s', async () => {
    await signedIn();
    await db.lessons.put({
      id: LESSON,
      title: '数据安全法里的创业必修课',
    } as never);
    await db.pointsEntries.bulkPut([
      entry({ id: 'e1' }),
      entry({
        id: 'e2',
        rule: 'volunteer_hours',
        category: 'service',
        points: 20,
        sourceType: 'volunteer_log',
        sourceId: 'v1',
        note: '帮园区整理创业政策汇编',
        hours: 2,
      }),
      entry({ id: 'e3', earnedAt: '2020-01-01T00:00:00Z', points: 5, capped: true }),
      entry({ id: 'x1', userId: OTHER, points: 999 }),
    ]);
    show();
    await waitFor(() => expect(screen.getByTestId('points-total').textContent).toBe('35'));
    expect(screen.getByTestId('points-month').textContent).toContain('30');
    // learning 10/60×30 = 5, service 20/40×30 = 15
    expect(screen.getByTestId('pioneer-index').textContent).toContain('20.0 分');
    const history = screen.getByRole('heading', { name: '积分明细' }).closest('section')!;
    expect(within(history).getAllByText('数据安全法里的创业必修课')).toHaveLength(2);
    expect(within(history).getByText('帮园区整理创业政策汇编')).toBeTruthy();
    expect(within(history).getByText('已达上限')).toBeTruthy();
    expect(screen.queryByText('+999')).toBeNull();
    expect(screen.getByRole('img', { name: '近 12 个月积分' })).toBeTruthy();
    // members see no ranking link
    expect(screen.queryByRole('link', { name: /先锋指数排行/ })).toBeNull();
  });

  it('offline: lists waiting actions that may earn points, not the ones that cannot', async () => {
    await signedIn(['organizer', 'member']);
    const base = { userId: ME, clientId: 'c', at: new Date().toISOString() };
    await db.outbox.bulkAdd([
      {
        ...base,
        seq: 1,
        name: 'lesson.progress',
        args: { lessonId: LESSON, position: 600, completed: true },
      },
      { ...base, seq: 2, name: 'wall.post', args: {} },
      { ...base, seq: 3, name: 'event.checkin', args: {} },
      {
        ...base,
        seq: 4,
        name: 'lesson.progress',
        args: { lessonId: LESSON, position: 60, completed: false },
      },
    ]);
    show();
    await waitFor(() => screen.getByRole('heading', { name: '等待同步' }), { timeout: 3000 });
    const waiting = screen.getByRole('heading', { name: '等待同步' }).closest('section')!;
    const items = within(waiting).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split(' · ')[0])).toEqual([
      '学完微党课',
      '参加主题党日签到',
    ]);
    expect(screen.getByTestId('points-total').textContent).toContain('0');
    expect(screen.getByRole('link', { name: /先锋指数排行/ }).getAttribute('href')).toBe(
      '/me/points/pioneers',
    );
  });
});
