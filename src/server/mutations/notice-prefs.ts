import { defineMutation } from './types.ts';
import { emitPrefs } from '../notices/notice-data.ts';

/** The kinds of notice a user mutes (docs/notices.md); anyone signed in, for themselves only. */
export default defineMutation({
  name: 'notice.prefs',
  async authorize() {},
  async apply({ tx, viewer, now }, args) {
    const muted = [...new Set(args.muted)].sort();
    await tx.query(
      `INSERT INTO notice_prefs (user_id, muted, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET muted = excluded.muted, updated_at = excluded.updated_at`,
      [viewer.id, muted, now],
    );
    emitPrefs(tx, viewer.id, muted, now);
  },
});
