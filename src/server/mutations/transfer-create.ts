import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitTransfer, manages, orgKind } from './transfer-data.ts';
import { transferShapeProblem, type TransferStep } from '../../shared/transfers/rules.ts';

/**
 * Opens a transfer case (组织关系转接). Inside the district the sending or the receiving side's
 * organizers open it; a transfer out is opened by the sending side, one in by the receiving side.
 */
export default defineMutation({
  name: 'transfer.create',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer)) throw new Reject('forbidden', 'Only organizers open transfers.');
    const existing = await one<{ created_by: string }>(
      tx,
      'SELECT created_by FROM transfers WHERE id = $1',
      [args.id],
    );
    if (existing && existing.created_by !== viewer.id) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
    const from = args.fromOrgId ?? null;
    const to = args.toOrgId ?? null;
    const allowed =
      args.direction === 'internal'
        ? manages(viewer, from) || manages(viewer, to)
        : args.direction === 'out'
          ? manages(viewer, from)
          : manages(viewer, to);
    if (!allowed) {
      throw new Reject(
        'forbidden',
        'Only organizers of the branches concerned open this transfer.',
      );
    }
  },
  async apply({ tx, viewer, now }, args) {
    if (await one(tx, 'SELECT 1 FROM transfers WHERE id = $1', [args.id])) return;
    const problem = transferShapeProblem(args);
    if (problem) throw new Reject('invalid_request', `This transfer needs a valid ${problem}.`);
    for (const orgId of [args.fromOrgId, args.toOrgId]) {
      if (orgId && (await orgKind(tx, orgId))?.kind !== 'branch') {
        throw new Reject('invalid_request', 'Both sides of a transfer are branches.');
      }
    }
    let memberName = args.memberName ?? '';
    if (args.memberId) {
      const m = await one<{ name: string; path: string[] }>(
        tx,
        `SELECT u.name, o.path FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1`,
        [args.memberId],
      );
      if (!m || !m.path.includes(args.fromOrgId!)) {
        throw new Reject('invalid_request', 'The member does not belong to the sending branch.');
      }
      memberName = m.name;
      const open = await one(
        tx,
        `SELECT 1 FROM transfers WHERE member_id = $1 AND stage NOT IN ('completed', 'cancelled')`,
        [args.memberId],
      );
      if (open) throw new Reject('conflict', 'This member already has a transfer under way.');
    }
    const steps: TransferStep[] = [
      {
        stage: 'requested',
        at: now.toISOString(),
        by: viewer.id,
        byName: viewer.name,
        note: args.note || null,
      },
    ];
    await tx.query(
      `INSERT INTO transfers (id, direction, member_id, member_name, from_org_id, from_text, to_org_id,
                              to_text, stage, note, steps, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'requested', $9, $10::jsonb, $11, $12, $12)`,
      [
        args.id,
        args.direction,
        args.memberId ?? null,
        memberName,
        args.fromOrgId ?? null,
        args.fromText || null,
        args.toOrgId ?? null,
        args.toText || null,
        args.note || null,
        JSON.stringify(steps),
        viewer.id,
        now,
      ],
    );
    await emitTransfer(tx, args.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'transfer.create',
      targetType: 'transfer',
      targetId: args.id,
      orgId: args.fromOrgId ?? args.toOrgId ?? null,
      after: {
        direction: args.direction,
        memberId: args.memberId ?? null,
        fromOrgId: args.fromOrgId ?? null,
        toOrgId: args.toOrgId ?? null,
      },
    });
  },
});
