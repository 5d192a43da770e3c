import { uuidv7 } from '../../shared/ids.ts';
import type { JoinRequestRecord } from '../../shared/org/records.ts';
import { newCode } from '../accounts/activation.ts';
import { emitInvite, emitJoinRequest } from '../mutations/org-data.ts';
import { DAY, HOUR } from './dates.ts';
import { demoPhones } from './people.ts';
import type { DemoSeeder } from './seeders.ts';

interface Newcomer {
  name: string;
  firm: string | null;
  standing: JoinRequestRecord['standing'];
  hoursAgo: number;
  rejected?: { note: string; hoursLater: number };
}

const NEWCOMERS: Newcomer[] = [
  { name: '黎思彤', firm: '星瀚智能硬件科技有限公司', standing: 'full', hoursAgo: 26 },
  { name: '谭浩宇', firm: '青禾机器人科技有限公司', standing: 'activist', hoursAgo: 3 },
  {
    name: '白一鸣',
    firm: null,
    standing: 'none',
    hoursAgo: 130,
    rejected: {
      note: '不在本园区工作，已请他联系居住地社区党组织。',
      hoursLater: 20,
    },
  },
];

/**
 * Branch A's invitation code (the QR poster at the service centre) and its join queue: two
 * newcomers waiting for the organizer's decision, one already turned away with a note.
 */
export const seedJoinQueue: DemoSeeder = async (tx, ids) => {
  const t = ids.now.getTime();
  const made = new Date(t - 12 * DAY);
  const inviteId = uuidv7(made.getTime());
  const code = newCode();
  await tx.query(
    `INSERT INTO invites (id, org_id, code, expires_at, user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [inviteId, ids.branchA, code, new Date(t + 18 * DAY), ids.users.organizer, made],
  );
  // phones after the ones the demo's accounts use
  const phones = demoPhones(200 + NEWCOMERS.length).slice(200);
  for (const [i, n] of NEWCOMERS.entries()) {
    const at = new Date(t - n.hoursAgo * HOUR);
    const decided = n.rejected ? new Date(at.getTime() + n.rejected.hoursLater * HOUR) : null;
    const id = uuidv7(at.getTime());
    await tx.query(
      `INSERT INTO join_requests (id, invite_id, org_id, name, phone, firm, standing, status, note,
                                 decided_at, decided_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        id,
        inviteId,
        ids.branchA,
        n.name,
        phones[i],
        n.firm,
        n.standing,
        n.rejected ? 'rejected' : 'pending',
        n.rejected?.note ?? null,
        decided,
        decided ? ids.users.organizer : null,
        at,
        decided ?? at,
      ],
    );
    await emitJoinRequest(tx, id);
  }
  await emitInvite(tx, inviteId);
};
