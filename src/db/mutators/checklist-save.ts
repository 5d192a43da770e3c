import { uuidv7 } from '../../shared/ids.ts';
import { templateProblem } from '../../shared/checklist/template.ts';
import type { Mutator } from './types.ts';

/** The district's template, whole; the server assigns the record's id on the first save. */
export const checklistSave: Mutator<'checklist.save'> = async (tx, args, { user, now }) => {
  if (templateProblem(args.goals)) return;
  const current = await tx.findBy('checklistTemplates', 'orgId', args.orgId);
  if (current) {
    await tx.patch('checklistTemplates', current.id, {
      goals: args.goals,
      userId: user.id,
      updatedAt: now,
    });
    return;
  }
  await tx.put('checklistTemplates', {
    id: uuidv7(),
    orgId: args.orgId,
    goals: args.goals,
    userId: user.id,
    createdAt: now,
    updatedAt: now,
  });
};
