import type { Db } from '../database/db.ts';
import type { Notifications } from '../database/notifier.ts';
import { mayCare, parseChangeNote } from '../database/change-note.ts';
import { viewerCacheFor, type ViewerCache } from '../auth/viewer-cache.ts';
import type { Viewer } from '../auth/viewer.ts';

/** One open live stream, as the hub sees it (src/server/routes/live.ts makes them). */
export interface LiveStream {
  viewer: Viewer;
  /** a change this viewer may see has committed */
  poke(version: number): void;
  /** the viewer's session or org may have changed: look the token up again */
  recheck(): void;
}

/**
 * What one server process knows about commits (docs/sync-protocol.md, Live): the highest version
 * committed that it has heard of, the sync epoch, a token cache, and its open live streams.
 *
 * `latest` only grows while the epoch stays the same, and rises from two sources: this process's
 * own commits, at once (so a phone's pull after its own push here sees its lastSeq), and every
 * process's commits through the database's notifications. `trusted` is false while the listening
 * connection is down or the epoch is being read again; then nothing may rely on what it heard.
 */
export class LiveHub {
  latest = 0;
  private epoch: string | null = null;
  private refreshing = 0;
  private heardDuringRefresh = 0;
  private readonly streams = new Set<LiveStream>();
  private readonly byUser = new Map<string, Set<LiveStream>>();
  private stops: (() => void)[] = [];

  private constructor(
    private readonly db: Db,
    private readonly notes: Notifications,
    readonly viewers: ViewerCache,
  ) {}

  static async start(db: Db): Promise<LiveHub> {
    const hub = new LiveHub(db, await db.notifications(), viewerCacheFor(db));
    // Listen first, then read: a commit between the two is heard, never lost.
    hub.stops.push(
      hub.notes.on('change', (payload) => hub.onChange(payload)),
      hub.notes.on('auth', (payload) => hub.onAuth(payload)),
      hub.notes.on('resync', () => hub.onResync()),
      db.onCommit((payload) => hub.heard(parseChangeNote(payload).v)),
    );
    await hub.refresh();
    return hub;
  }

  get trusted(): boolean {
    return this.notes.connected && this.epoch !== null && this.refreshing === 0;
  }

  /** The sync epoch while trusted, else null. */
  get currentEpoch(): string | null {
    return this.trusted ? this.epoch : null;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  add(stream: LiveStream): () => void {
    this.streams.add(stream);
    let mine = this.byUser.get(stream.viewer.id);
    if (!mine) this.byUser.set(stream.viewer.id, (mine = new Set()));
    mine.add(stream);
    return () => {
      this.streams.delete(stream);
      mine.delete(stream);
      if (!mine.size) this.byUser.delete(stream.viewer.id);
    };
  }

  close(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  private heard(version: number) {
    if (version > this.latest) this.latest = version;
    if (this.refreshing) this.heardDuringRefresh = Math.max(this.heardDuringRefresh, version);
  }

  private onChange(payload: string) {
    const note = parseChangeNote(payload);
    this.heard(note.v);
    const version = Math.max(note.v, this.latest);
    for (const s of this.streams) if (mayCare(note, s.viewer)) s.poke(version);
  }

  private onAuth(payload: string) {
    if (payload.startsWith('user:')) {
      const userId = payload.slice(5);
      this.viewers.evictUser(userId);
      for (const s of this.byUser.get(userId) ?? []) s.recheck();
      return;
    }
    // Orgs, a restore, anything: every cached answer may be wrong now.
    this.viewers.clear();
    void this.refresh();
    for (const s of this.streams) s.recheck();
  }

  private onResync() {
    // The listening connection came back: what was committed meanwhile went unheard.
    this.viewers.clear();
    void this.refresh();
    for (const s of this.streams) {
      s.recheck();
      s.poke(this.latest);
    }
  }

  /** Reads the epoch and the highest version again; untrusted until done. */
  private async refresh(): Promise<void> {
    this.refreshing++;
    if (this.refreshing === 1) this.heardDuringRefresh = 0;
    try {
      const [row] = await this.db.query<{ epoch: string | null; max: number }>(
        `SELECT (SELECT value FROM app_meta WHERE key = 'sync_epoch') AS epoch,
                (SELECT coalesce(max(version), 0)::bigint FROM sync_log) AS max`,
      );
      const epoch = row?.epoch ?? '';
      const max = Number(row?.max ?? 0);
      // A new epoch (a restore) may reuse lower versions; otherwise versions only grow.
      this.latest =
        this.epoch !== null && epoch !== this.epoch
          ? Math.max(max, this.heardDuringRefresh)
          : Math.max(this.latest, max);
      this.epoch = epoch;
    } catch {
      // The database is unreachable or not migrated yet: untrusted until a later read works.
      this.epoch = null;
      if (this.stops.length) setTimeout(() => void this.refresh(), 1000).unref();
    } finally {
      this.refreshing--;
    }
  }
}

const hubs = new WeakMap<Db, Promise<LiveHub>>();

/** The one hub of a database in this process, started on first use. */
export function liveHubFor(db: Db): Promise<LiveHub> {
  let hub = hubs.get(db);
  if (!hub) {
    hub = LiveHub.start(db);
    hubs.set(db, hub);
    hub.catch(() => hubs.delete(db));
  }
  return hub;
}
