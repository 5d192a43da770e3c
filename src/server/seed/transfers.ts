import { uuidv7 } from '../../shared/ids.ts';
import type { TransferStep } from '../../shared/transfers/rules.ts';
import { emitFlowing, emitTransfer } from '../mutations/transfer-data.ts';
import { DAY } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

const day = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Membership changes for the demo: a member of a riverside branch who now works in the maker
 * street asks branch A to take them on as a flowing member (waiting for the organizer), and a
 * transfer from branch A to a riverside branch whose letter went out ten days ago and still waits
 * for the receiving branch (so the reminder shows).
 */
export const seedTransfers: DemoSeeder = async (tx, ids) => {
  const t = ids.now.getTime();
  const firstMember = async (orgId: string, skip: string[] = []) => {
    const rows = await tx.query<{ id: string; name: string }>(
      `SELECT id, name FROM users WHERE org_id = $1 AND roles = '{member}' AND NOT (id = ANY($2::uuid[]))
        ORDER BY login LIMIT 1`,
      [orgId, skip],
    );
    return rows[0];
  };

  const guest = await firstMember(ids.branches.content);
  if (guest) {
    const id = uuidv7(t - 2 * DAY);
    await tx.query(
      `INSERT INTO flowing_members (id, user_id, host_org_id, home_org, since, until, contact, status,
                                    created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8)`,
      [
        id,
        guest.id,
        ids.branchA,
        '滨江数字经济产业园党委 数字内容联合党支部',
        day(t - 20 * DAY),
        day(t + 160 * DAY),
        '工作日晚上可电话联系',
        new Date(t - 2 * DAY),
      ],
    );
    await emitFlowing(tx, id);
  }

  const leaving = await firstMember(ids.branchA, Object.values(ids.users));
  if (leaving) {
    const id = uuidv7(t - 12 * DAY);
    const step = (stage: TransferStep['stage'], daysAgo: number, note: string | null = null) => ({
      stage,
      at: new Date(t - daysAgo * DAY).toISOString(),
      by: ids.users.organizer,
      byName: '林书记',
      note,
    });
    const steps: TransferStep[] = [
      step('requested', 12, '本人已到滨江一号楼宇的企业工作，申请转入当地支部。'),
      step('approved', 11),
      step('letter_issued', 10),
    ];
    await tx.query(
      `INSERT INTO transfers (id, direction, member_id, member_name, from_org_id, to_org_id, stage,
                              letter_no, note, steps, created_by, created_at, updated_at)
       VALUES ($1, 'internal', $2, $3, $4, $5, 'letter_issued', $6, $7, $8::jsonb, $9, $10, $11)`,
      [
        id,
        leaving.id,
        leaving.name,
        ids.branchA,
        ids.branches.content,
        '星火党转字〔2026〕第007号',
        steps[0]!.note,
        JSON.stringify(steps),
        ids.users.organizer,
        new Date(t - 12 * DAY),
        new Date(t - 10 * DAY),
      ],
    );
    await emitTransfer(tx, id);
  }
};
