import { db } from '../../db/db.ts';
import { META, readSession, writeMeta, type StoredSession } from '../../db/meta.ts';
import { apiRequest } from '../../sync/http.ts';

/**
 * `POST /api/auth/password` (docs/sync-protocol.md, "Endpoints, v1.1"): the user's other sessions
 * end. Should the server hand this device a fresh token, it replaces the stored one.
 */
export async function changePassword(current: string, next: string): Promise<void> {
  const session = await readSession(db);
  const answer = await apiRequest<unknown>(
    { token: session?.token ?? null },
    'POST',
    '/api/auth/password',
    { current, next },
  );
  if (typeof answer !== 'object' || answer === null || !('token' in answer)) return;
  const token = answer.token;
  if (typeof token !== 'string') return;
  await db.transaction('rw', db.meta, async () => {
    const s = await readSession(db);
    if (s && s.user.id === session?.user.id)
      await writeMeta(db, META.session, { ...s, token } satisfies StoredSession);
  });
}
