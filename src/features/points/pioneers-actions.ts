import { db } from '../../db/db.ts';
import { readSession } from '../../db/meta.ts';
import { apiRequest } from '../../sync/http.ts';
import type { RankedMember } from '../../shared/points/pioneer-index.ts';

export interface PioneerRow extends RankedMember {
  orgName: string;
}

async function token(): Promise<string> {
  const session = await readSession(db);
  if (!session?.token) throw new Error('unauthenticated');
  return session.token;
}

/** The organizer's ranking for a month (needs the network: it spans members' ledgers on the server). */
export async function loadPioneers(month: string): Promise<PioneerRow[]> {
  const res = await apiRequest<{ members: PioneerRow[] }>(
    { token: await token() },
    'GET',
    `/api/points/pioneers?month=${encodeURIComponent(month)}`,
  );
  return res.members;
}

/** Downloads the ranking as CSV; the API takes bearer tokens only, so it is fetched as a blob. */
export async function downloadPioneersCsv(month: string): Promise<void> {
  const res = await fetch(`/api/points/pioneers.csv?month=${encodeURIComponent(month)}`, {
    headers: { authorization: `Bearer ${await token()}` },
  });
  if (!res.ok) throw new Error(`http_${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `pioneers-${month}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
