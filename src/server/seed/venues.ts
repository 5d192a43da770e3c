import { uuidv7 } from '../../shared/ids.ts';
import { createVenue } from '../mutations/venue-data.ts';
import { emitBooking } from '../mutations/booking-data.ts';
import type { DemoSeeder } from './seeders.ts';
import { DAY, HOUR, cst } from './dates.ts';

/**
 * Two rooms of each park's party-mass service centre. The riverside rooms already have bookings by
 * that park's branch secretaries this week (the star park's stay free for the newcomer to try).
 */
export const seedVenues: DemoSeeder = async (tx, ids) => {
  await createVenue(tx, {
    id: uuidv7(),
    orgId: ids.park,
    name: '党群服务中心 · 红色会客厅',
    capacity: 30,
    location: '星火创业园 A 座 1 层',
  });
  await createVenue(tx, {
    id: uuidv7(),
    orgId: ids.park,
    name: '创客路演室',
    capacity: 60,
    location: '星火创业园 B 座 3 层',
    opensAt: '09:00',
    closesAt: '21:00',
  });
  const hall = uuidv7();
  await createVenue(tx, {
    id: hall,
    orgId: ids.park2,
    name: '滨江党群服务站 · 多功能厅',
    capacity: 80,
    location: '滨江一号 2 层',
    opensAt: '08:30',
    closesAt: '21:30',
  });
  const reading = uuidv7();
  await createVenue(tx, {
    id: reading,
    orgId: ids.park2,
    name: '北岸红色书房',
    capacity: 16,
    location: '北岸创新港 1 号楼 1 层',
  });

  const { now, secretaries } = ids;
  const bookings = [
    { venue: hall, who: secretaries.content, day: 1, hh: 14, hours: 2, purpose: '支部委员会会议' },
    { venue: hall, who: secretaries.trade, day: 3, hh: 19, hours: 2, purpose: '出海合规沙龙彩排' },
    { venue: reading, who: secretaries.life, day: 2, hh: 12, hours: 1, purpose: '午间读书会' },
    {
      venue: reading,
      who: secretaries.hesheng,
      day: 4,
      hh: 15,
      hours: 2,
      purpose: '入党积极分子谈话',
    },
  ];
  for (const b of bookings) {
    const start = cst(now, b.day, b.hh);
    const made = new Date(now.getTime() - DAY);
    const id = uuidv7(made.getTime());
    await tx.query(
      `INSERT INTO bookings (id, venue_id, user_id, org_id, starts_at, ends_at, purpose, created_at, updated_at)
       SELECT $1, $2, $3, org_id, $4, $5, $6, $7, $7 FROM users WHERE id = $3`,
      [id, b.venue, b.who, start, new Date(start.getTime() + b.hours * HOUR), b.purpose, made],
    );
    await emitBooking(tx, id);
  }
};
