import type { Mutator } from './types.ts';

/** A new, renamed or moved node shows in the tree at once. */
export const orgSave: Mutator<'org.save'> = async (tx, args) => {
  await tx.put('orgs', { id: args.id, parentId: args.parentId, name: args.name, kind: args.kind });
};
