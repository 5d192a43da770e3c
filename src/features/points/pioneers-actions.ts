import { getFile, getJson } from '../../sync/api.ts';
import type { RankedMember } from '../../shared/points/pioneer-index.ts';

export interface PioneerRow extends RankedMember {
  orgName: string;
}

/** The organizer's ranking for a month (needs the network: it spans members' ledgers on the server). */
export async function loadPioneers(month: string): Promise<PioneerRow[]> {
  const res = await getJson<{ members: PioneerRow[] }>(
    `/api/points/pioneers?month=${encodeURIComponent(month)}`,
  );
  return res.members;
}

/** Downloads the ranking as CSV; the API takes bearer tokens only, so it is fetched as a blob. */
export async function downloadPioneersCsv(month: string): Promise<void> {
  const url = URL.createObjectURL(
    await getFile(`/api/points/pioneers.csv?month=${encodeURIComponent(month)}`),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `pioneers-${month}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
