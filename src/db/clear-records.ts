import { RECORD_TABLES, type LianxinDB } from './db.ts';
import { META } from './meta.ts';

/** Record tables, overlay and cursor; never the outbox, refused list or session. In a rw transaction. */
export async function clearRecords(d: LianxinDB): Promise<void> {
  await Promise.all([...RECORD_TABLES.map((t) => d.table(t).clear()), d.base.clear()]);
  await d.meta.delete(META.cursor);
}
