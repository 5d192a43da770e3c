/**
 * Which static frame index.html paints before the app runs (public/display-settings.js reads
 * this key): the app's bar when someone is signed in on this device, else the sign-in heading.
 * Kept in localStorage because the session itself is in IndexedDB, which a classic script in
 * <head> cannot read before the first paint.
 */
export const FRAME_HINT_KEY = 'lianxin.frame';

export function rememberFrame(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(FRAME_HINT_KEY, 'app');
    else localStorage.removeItem(FRAME_HINT_KEY);
  } catch {
    // storage blocked: the sign-in frame shows, and React replaces it as ever
  }
}

/** What the hint says, for guesses made before the session is read (which page to load first). */
export function frameSaysSignedIn(): boolean {
  try {
    return localStorage.getItem(FRAME_HINT_KEY) === 'app';
  } catch {
    return false;
  }
}
