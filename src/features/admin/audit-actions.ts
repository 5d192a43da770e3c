import { db } from '../../db/db.ts';
import { readSession } from '../../db/meta.ts';
import type { AuditPage } from '../../shared/org/api.ts';
import { apiDownload, apiRequest } from '../../sync/http.ts';

export const AUDIT_PAGE_SIZE = 50;
const AUDIT_CSV_ROWS = 500;

async function token(): Promise<string | null> {
  return (await readSession(db))?.token ?? null;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * One page of the audit log, newest first; it lives on the server only (online). The server
 * pages by id only, so the action filter is applied to the pages read.
 */
export async function loadAudit(before: number | null): Promise<AuditPage> {
  return apiRequest<AuditPage>(
    { token: await token() },
    'GET',
    `/api/admin/audit${query({ before, limit: AUDIT_PAGE_SIZE })}`,
  );
}

/** The newest rows as CSV (UTF-8 with BOM, made by the server), as many as one answer holds. */
export async function downloadAuditCsv(): Promise<Blob> {
  return apiDownload(
    { token: await token() },
    `/api/admin/audit${query({ format: 'csv', limit: AUDIT_CSV_ROWS })}`,
  );
}
