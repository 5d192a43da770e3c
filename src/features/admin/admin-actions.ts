import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import type { OrgKind } from '../../shared/org/kinds.ts';
import { mutate } from '../../sync/mutate.ts';

// Organisation work goes through push like any write: it works offline and is applied once.

export const addOrg = (parentId: string, kind: OrgKind, name: string) =>
  mutate('org.save', { id: uuidv7(), parentId, kind, name });

export const saveOrg = (args: MutationArgs<'org.save'>) => mutate('org.save', args);

export const saveFirm = (args: MutationArgs<'firm.save'>) => mutate('firm.save', args);

export const assignInstructor = (firmId: string, instructorId: string | null) =>
  mutate('firm.assign', { firmId, instructorId });

export const setRoles = (args: MutationArgs<'member.roles'>) => mutate('member.roles', args);

export const createAccount = (args: Omit<MutationArgs<'account.create'>, 'id'>) =>
  mutate('account.create', { id: uuidv7(), ...args });

export const saveGroupLimit = (args: MutationArgs<'group.save'>) => mutate('group.save', args);
