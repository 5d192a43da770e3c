/**
 * Sharing a party day or a lesson (docs/notices.md "Sharing"): the system share sheet where the
 * browser has the Web Share API, otherwise the link goes to the clipboard and the screen says so.
 */
export interface ShareData {
  title: string;
  text?: string;
  url: string;
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

interface ShareEnv {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  writeText?: (text: string) => Promise<void>;
}

function browserEnv(): ShareEnv {
  const nav = navigator as Navigator & Partial<Pick<Navigator, 'share' | 'canShare'>>;
  return {
    share: nav.share ? (d) => nav.share!(d) : undefined,
    canShare: nav.canShare ? (d) => nav.canShare!(d) : undefined,
    writeText: nav.clipboard?.writeText ? (t) => nav.clipboard.writeText(t) : undefined,
  };
}

export async function shareOrCopy(
  data: ShareData,
  env: ShareEnv = browserEnv(),
): Promise<ShareOutcome> {
  if (env.share && (!env.canShare || env.canShare(data))) {
    try {
      await env.share(data);
      return 'shared';
    } catch (err) {
      // The user closed the sheet: nothing to report. Any other refusal falls back to copying.
      if (err instanceof DOMException && err.name === 'AbortError') return 'cancelled';
    }
  }
  if (!env.writeText) return 'failed';
  try {
    await env.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
