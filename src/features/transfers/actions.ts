import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import type { FlowingActivity, FlowingBranch } from '../../shared/transfers/api.ts';
import { mutate } from '../../sync/mutate.ts';
import { getFile, getJson } from '../../sync/api.ts';
import { saveFile } from '../members/save-file.ts';
import { useOnline } from '../members/use-online.ts';

/** Membership changes (docs/organisation.md, "Flowing members and transfers"): writes go through the outbox. */
export async function registerFlowing(args: Omit<MutationArgs<'flowing.register'>, 'id'>) {
  await mutate('flowing.register', { id: uuidv7(), ...args });
}

export const decideFlowing = (args: MutationArgs<'flowing.decide'>) =>
  mutate('flowing.decide', args);

export async function createTransfer(args: Omit<MutationArgs<'transfer.create'>, 'id'>) {
  await mutate('transfer.create', { id: uuidv7(), ...args });
}

export const advanceTransfer = (args: MutationArgs<'transfer.advance'>) =>
  mutate('transfer.advance', args);

/** The district's branches (a member's phone holds only the orgs above it): fetched when online. */
export function useBranches(): FlowingBranch[] | null {
  const online = useOnline();
  const [branches, setBranches] = useState<FlowingBranch[] | null>(null);
  useEffect(() => {
    if (!online || branches) return;
    let live = true;
    getJson<{ branches: FlowingBranch[] }>('/api/flowing/branches')
      .then((r) => live && setBranches(r.branches))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [online, branches]);
  return branches;
}

export const fetchActivity = (id: string) =>
  getJson<FlowingActivity>(`/api/flowing/${id}/activity`);

export async function downloadActivity(id: string, name: string) {
  const blob = await getFile(`/api/flowing/${id}/activity?format=csv`);
  saveFile(`${name}-活动记录.csv`, blob);
}

export const useMyFlowing = (userId: string | undefined) =>
  useLiveQuery(
    () => (userId ? db.flowing.where('userId').equals(userId).reverse().sortBy('createdAt') : []),
    [userId],
  );

export const useAllFlowing = () =>
  useLiveQuery(
    async () => (await db.flowing.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [],
  );

export const useTransfers = () => useLiveQuery(() => db.transfers.toArray(), []);

export const useMyTransfers = (userId: string | undefined) =>
  useLiveQuery(
    () => (userId ? db.transfers.where('memberId').equals(userId).toArray() : []),
    [userId],
  );

/** The user's org and its ancestors, as far as the phone holds them. */
export const useOrgPath = (orgId: string | undefined) =>
  useLiveQuery(async () => {
    const orgs = await db.orgs.toArray();
    const path: string[] = [];
    let at = orgs.find((o) => o.id === orgId);
    while (at) {
      path.push(at.id);
      const parent: string | null = at.parentId;
      at = orgs.find((o) => o.id === parent);
    }
    return path;
  }, [orgId]);
