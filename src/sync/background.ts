// replaced by the sync engine
export async function runBackgroundSync(): Promise<void> {}
