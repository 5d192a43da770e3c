// placeholder: replaced by the sync engine at merge
export async function requestPersistentStorage(): Promise<boolean | null> {
  return null;
}

export function useStorageEstimate(): { usage: number; quota: number } | null {
  return null;
}
