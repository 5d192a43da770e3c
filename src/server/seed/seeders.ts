import type { Tx } from '../database/db.ts';
import type { DemoIds } from './demo.ts';
import { seedVenues } from './venues.ts';
import { seedLessons } from './lessons.ts';
import { seedRequests } from './requests.ts';
import { seedEvents } from './events.ts';
import { seedFirms } from './firms.ts';
import { seedJoinQueue } from './join-queue.ts';
import { seedNotices } from './notices.ts';
import { seedChecklist } from './checklist.ts';
import { seedLists } from './lists.ts';
import { seedCandidates } from './candidates.ts';
import { seedTransfers } from './transfers.ts';
import { seedVisits } from './visits.ts';
import { seedDuties } from './duties.ts';

export type DemoSeeder = (tx: Tx, ids: DemoIds) => Promise<void>;

/** Demo content per feature (lessons, party days, venues, ...); each feature adds its seeder here. */
export const demoSeeders: DemoSeeder[] = [
  seedVenues,
  seedLessons,
  seedEvents,
  seedRequests,
  seedFirms,
  seedVisits,
  seedDuties,
  seedJoinQueue,
  seedNotices,
  seedChecklist,
  seedLists,
  seedCandidates,
  seedTransfers,
];
