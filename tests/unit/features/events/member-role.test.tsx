import { configure, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db.ts';
import { META, writeMeta } from '../../../../src/db/meta.ts';
import { clearRecords } from '../../../../src/db/clear-records.ts';
import { CheckinPage } from '../../../../src/features/events/checkin-page.tsx';
import { EventDetailPage } from '../../../../src/features/events/event-detail-page.tsx';
import { VenuePage } from '../../../../src/features/bookings/venue-page.tsx';
import { NewRequestPage } from '../../../../src/features/requests/new-request-page.tsx';
import { uuidv7 } from '../../../../src/shared/ids.ts';
import type { EventRecord, VenueRecord } from '../../../../src/shared/records.ts';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

// The screens wait on IndexedDB (fake-indexeddb is slow): give every findBy more than a second.
configure({ asyncUtilTimeout: 5000 });

const ORG = '0195a000-0000-7000-8000-0000000000c1';
const ME = '0195a000-0000-7000-8000-0000000000c2';
const STAMP = '2026-01-01T00:00:00.000Z';

async function signInAs(roles: string[]) {
  await writeMeta(db, META.session, {
    token: 'token-token-token-token',
    user: { id: ME, name: '测试用户', login: 'someone', roles, orgId: ORG, groups: [] },
    card: null,
  });
  await writeMeta(db, META.dataUser, ME);
}

/** A party day in progress now: RSVP and check-in are both open to a member. */
function liveEvent(): EventRecord {
  const now = Date.now();
  return {
    id: uuidv7(),
    orgId: ORG,
    title: '进行中的主题党日',
    theme: '学习党章',
    startsAt: new Date(now - 600_000).toISOString(),
    endsAt: new Date(now + 3600_000).toISOString(),
    venue: '红色会客厅',
    capacity: null,
    agenda: [],
    seriesId: null,
    userId: ORG,
    status: 'scheduled',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

const venue: VenueRecord = {
  id: uuidv7(),
  orgId: ORG,
  name: '党员活动室',
  capacity: 20,
  location: '一楼',
  opensAt: '00:00',
  closesAt: '23:59',
  createdAt: STAMP,
  updatedAt: STAMP,
};

const app = (path: string) =>
  renderAt(
    <Routes>
      <Route path="events/:id" element={<EventDetailPage />} />
      <Route path="checkin" element={<CheckinPage />} />
      <Route path="services/venues/:id" element={<VenuePage />} />
      <Route path="services/new" element={<NewRequestPage />} />
    </Routes>,
    path,
  );

/**
 * RSVP, check-in and booking are the member role's writes (docs/sync-protocol.md "who"); the server refuses
 * them to an admin or staff member, so the screens do not offer them and say why.
 */
describe('screens offer member writes to the member role only', () => {
  useFreshDevice();
  beforeEach(async () => {
    await db.transaction('rw', db.tables, async () => {
      await clearRecords(db);
      await db.outbox.clear();
      await db.meta.clear();
    });
  });

  it('a member gets RSVP and the check-in button on a party day in progress', async () => {
    const e = liveEvent();
    await db.events.put(e);
    await signInAs(['member']);
    app(`/events/${e.id}`);
    expect(await screen.findByRole('group', { name: '报名' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '去签到' })).toBeTruthy();
    expect(screen.queryByText(/没有党员身份/)).toBeNull();
  });

  it('staff without the member role see the party day but no RSVP, check-in or wall form', async () => {
    const e = liveEvent();
    await db.events.put(e);
    await signInAs(['staff']);
    app(`/events/${e.id}`);
    expect(await screen.findByText(/没有党员身份/)).toBeTruthy();
    expect(screen.getByText('学习党章')).toBeTruthy();
    expect(screen.queryByRole('group', { name: '报名' })).toBeNull();
    expect(screen.queryByRole('link', { name: '去签到' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /写一句留言/ })).toBeNull();
  });

  it('a scanned check-in link queues nothing for someone without the member role', async () => {
    const e = liveEvent();
    await db.events.put(e);
    await signInAs(['admin']);
    app(`/checkin?e=${e.id}&w=${Math.floor(Date.now() / 30_000)}&c=123456`);
    expect(await screen.findByText(/没有党员身份/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /签到码/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '扫描签到二维码' })).toBeNull();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.checkins.count()).toBe(0);
  });

  it('a room shows its free times to staff, but none can be booked', async () => {
    await db.venues.put(venue);
    await signInAs(['staff']);
    app(`/services/venues/${venue.id}`);
    expect(await screen.findByText(/没有党员身份/)).toBeTruthy();
    const slots = screen.getAllByRole('button', { name: /可预约/ });
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  it('the new-request form is for members; staff who open its address are told why', async () => {
    await signInAs(['staff']);
    app('/services/new');
    expect(await screen.findByText(/没有党员身份/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /标题/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /提交/ })).toBeNull();
  });

  it('a member gets the new-request form', async () => {
    await signInAs(['member']);
    app('/services/new');
    expect(await screen.findByRole('textbox', { name: /标题/ })).toBeTruthy();
    expect(screen.queryByText(/没有党员身份/)).toBeNull();
  });

  it('a member can pick a free time of a room', async () => {
    await db.venues.put(venue);
    await signInAs(['member']);
    app(`/services/venues/${venue.id}`);
    const slots = await screen.findAllByRole('button', { name: /可预约/ });
    expect(slots.some((b) => !(b as HTMLButtonElement).disabled)).toBe(true);
  });
});
