import { db } from '../../db/db.ts';
import { readSession } from '../../db/meta.ts';
import type { ImportDryRun, ImportResult } from '../../shared/org/api.ts';
import { apiUpload } from '../../sync/upload.ts';

export interface UploadProgress {
  /** 0..1 while the file goes up; null once it is up and the server is working */
  sent: number | null;
}

/**
 * Sends the roll to `POST /api/admin/import` (docs/sync-protocol.md, "Endpoints, v1.1"). With
 * dryRun the server checks every row and creates nothing; a bad row answers 422 `import_failed`.
 */
export async function uploadRoll<D extends boolean>(
  csv: string,
  dryRun: D,
  onProgress: (p: UploadProgress) => void,
): Promise<D extends true ? ImportDryRun : ImportResult> {
  const session = await readSession(db);
  return apiUpload(`/api/admin/import${dryRun ? '?dryRun=1' : ''}`, csv, {
    token: session?.token ?? null,
    contentType: 'text/csv; charset=utf-8',
    onUploadProgress: (sent, total) => onProgress({ sent: total ? sent / total : 0 }),
    onUploaded: () => onProgress({ sent: null }),
  });
}
