// placeholder: replaced by the sync engine at merge
import type { SessionUser } from '../shared/protocol.ts';
import { ApiRequestError } from './http.ts';

export interface Session {
  user: SessionUser | null;
  card: { token: string; expiresAt: string } | null;
  ready: boolean;
}

export function useSession(): Session {
  return { user: null, card: null, ready: true };
}

export async function signIn(_login: string, _password: string): Promise<SessionUser> {
  throw new ApiRequestError('network', 'The sync engine is not part of this build yet.');
}

export async function signOut(): Promise<void> {}
