export interface DiffLine {
  field: string;
  before: string | null;
  after: string | null;
}

function show(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('、');
  return JSON.stringify(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What an administrative change changed, field by field: only fields whose value differs, in the
 * order they first appear. A creation has no "before", a deletion no "after". Housekeeping stamps
 * are left out (every change moves them).
 */
export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => k !== 'updatedAt' && k !== 'createdAt',
  );
  return keys.flatMap((field) => {
    const was = show(b[field]);
    const now = show(a[field]);
    return was === now ? [] : [{ field, before: was, after: now }];
  });
}
