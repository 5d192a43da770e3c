import { randomInt } from 'node:crypto';
import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { InviteRecord, JoinRequestRecord } from '../../shared/org/records.ts';
import { iso } from '../mutations/records.ts';
import { DAY, HOUR } from './dates.ts';
import { demoPhones } from './people.ts';
import type { DemoSeeder } from './seeders.ts';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

interface InviteRow {
  id: string;
  org_id: string;
  code: string;
  expires_at: Date;
  revoked_at: Date | null;
  user_id: string;
  uses: number;
  created_at: Date;
  updated_at: Date;
}

/** The `invite` record, for the organizers of its branch and above (and admins). */
export async function emitDemoInvite(tx: Tx, id: string): Promise<void> {
  const [i] = await tx.query<InviteRow>(
    `SELECT i.*, (SELECT count(*)::int FROM join_requests j WHERE j.invite_id = i.id) AS uses
       FROM invites i WHERE i.id = $1`,
    [id],
  );
  if (!i) return;
  const data: InviteRecord = {
    id: i.id,
    orgId: i.org_id,
    code: i.code,
    expiresAt: iso(i.expires_at),
    revokedAt: i.revoked_at ? iso(i.revoked_at) : null,
    userId: i.user_id,
    uses: i.uses,
    createdAt: iso(i.created_at),
    updatedAt: iso(i.updated_at),
  };
  tx.emit({ type: 'invite', id, audience: 'organizers', orgId: i.org_id, data });
}

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
  const code = Array.from(
    { length: 12 },
    () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
  ).join('');
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
    const data: JoinRequestRecord = {
      id,
      inviteId,
      orgId: ids.branchA,
      name: n.name,
      phone: phones[i]!,
      firm: n.firm,
      standing: n.standing,
      status: n.rejected ? 'rejected' : 'pending',
      note: n.rejected?.note ?? null,
      decidedAt: decided ? iso(decided) : null,
      decidedBy: decided ? ids.users.organizer : null,
      memberId: null,
      activationCode: null,
      activationExpiresAt: null,
      createdAt: iso(at),
      updatedAt: iso(decided ?? at),
    };
    tx.emit({ type: 'join_request', id, audience: 'organizers', orgId: ids.branchA, data });
  }
  await emitDemoInvite(tx, inviteId);
};
