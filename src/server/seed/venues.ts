import { uuidv7 } from '../../shared/ids.ts';
import { createVenue } from '../mutations/venue-data.ts';
import type { DemoSeeder } from './seeders.ts';

/** Two rooms of the park's party-mass service centre. */
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
};
