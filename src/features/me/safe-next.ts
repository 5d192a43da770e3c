/**
 * Where to go after signing in. Only same-site paths are followed, so a crafted link such as
 * /signin?next=//evil.example cannot send a freshly signed-in member elsewhere.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/lessons';
  }
  if (next === '/signin' || next.startsWith('/signin?')) return '/lessons';
  return next;
}
