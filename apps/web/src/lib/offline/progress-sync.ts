import {
  ApiPath,
  type BatchProgressRequest,
  type BatchProgressResponse,
  type LessonProgressResponse,
  PROGRESS_LIMITS,
  type ProgressReport,
} from '@bilikti/contracts';

import { createMemoryProgressStore, type ProgressStore, type QueuedReport, toBatchItem } from './progress-store';

export type SyncState = 'synced' | 'pending' | 'syncing' | 'offline';

export interface SyncStatus {
  state: SyncState;
  /** The signed-in user's reports saved on this device that the server has not answered yet. */
  pending: number;
}

export type NewProgressReport = Omit<ProgressReport, 'eventId' | 'occurredAt'>;

export interface ProgressSyncOptions {
  openStore: () => Promise<ProgressStore>;
  isOnline?: () => boolean;
  /** The first retry after a failure; each further failure doubles it, up to `retryMaxMs`. */
  retryFirstMs?: number;
  /** Also how often a waiting queue is retried when nothing else prompts it. */
  retryMaxMs?: number;
}

/** How the server (or the network) answered one request. */
type Answer =
  | { kind: 'ok'; body: unknown }
  /** Worth sending again later: no answer, 5xx, 408, 429. */
  | { kind: 'retry'; retryAfterMs: number }
  /** 401: the session ended; wait for the learner to sign in again. */
  | { kind: 'signedOut' }
  /** Any other 4xx: sending the same request again cannot succeed. */
  | { kind: 'refused'; status: number; body: unknown };

type SendOutcome = { kind: 'done' } | Extract<Answer, { kind: 'retry' | 'signedOut' }>;

const DONE: SendOutcome = { kind: 'done' };

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

async function send(method: 'PUT' | 'POST', path: string, body: unknown): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'retry', retryAfterMs: 0 };
  }
  if (response.ok) return { kind: 'ok', body: await readJson(response) };
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    return { kind: 'retry', retryAfterMs: retryAfterMs(response) };
  }
  return { kind: 'refused', status: response.status, body: await readJson(response) };
}

/** Event ids must be unique per report; `randomUUID` needs a secure context, which a plain-http LAN address is not. */
function newEventId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * The device-side progress queue. Every report is stored first and sent second, and leaves the
 * store only once the server has answered it, so a dropped connection or a reload loses nothing.
 * The server applies each event id once, so sending a report twice (two tabs, a lost answer) is safe.
 *
 * Each report carries the user who made it, and goes out only while that user is signed in
 * ({@link ProgressSync.setUser}): on a shared phone, one learner's reports never travel under
 * another's session. Nobody signed in: nothing is sent.
 */
export class ProgressSync {
  private readonly options: Required<ProgressSyncOptions>;
  private storePromise: Promise<ProgressStore> | null = null;
  /** Whose reports are sent and counted: the signed-in user, or nobody. */
  private user: string | null = null;
  /**
   * Who new reports belong to: the signed-in user, else the last one this page knew (a lesson page
   * reports its last seconds as it closes, after its learner signed out). `undefined` before any.
   */
  private author: string | undefined;
  /** Event ids of the current user's reports on the device, as far as this page knows. */
  private readonly waiting = new Set<string>();
  private sending = false;
  /** A 401 stops sending until something says the learner may be signed in again. */
  private signedOut = false;
  private failures = 0;
  private retryAfter = 0;
  private running: Promise<void> | null = null;
  private rerun = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  private snapshot: SyncStatus = { state: 'synced', pending: 0 };
  private readonly statusListeners = new Set<() => void>();
  private readonly appliedListeners = new Set<(progress: LessonProgressResponse) => void>();
  private readonly detach: Array<() => void> = [];

  constructor(options: ProgressSyncOptions) {
    this.options = {
      isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      retryFirstMs: 2_000,
      retryMaxMs: 30_000,
      ...options,
    };
  }

  /** Listens for the moments worth trying again, and tries once now (the app has started). */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (typeof window !== 'undefined') {
      const listen = <K extends keyof WindowEventMap>(type: K, handler: () => void) => {
        window.addEventListener(type, handler);
        this.detach.push(() => window.removeEventListener(type, handler));
      };
      listen('online', () => {
        this.failures = 0;
        void this.flush();
      });
      listen('offline', () => this.publish());
      const onVisibility = () => {
        if (document.visibilityState === 'visible') void this.flush();
      };
      document.addEventListener('visibilitychange', onVisibility);
      this.detach.push(() => document.removeEventListener('visibilitychange', onVisibility));
    }
    void this.flush();
  }

  stop(): void {
    for (const undo of this.detach.splice(0)) undo();
    clearTimeout(this.timer);
    this.started = false;
  }

  /**
   * Says who is signed in (`null`: nobody). Only that user's reports are sent and counted; other
   * users' reports stay on the device, untouched, until their author signs in again. Reports saved
   * before reports had an author go to the first user set.
   */
  setUser(userId: string | null): void {
    if (userId === this.user) return;
    this.user = userId;
    if (userId !== null) this.author = userId;
    this.failures = 0;
    this.retryAfter = 0;
    // What was counted belongs to someone else now; the next round counts this user's.
    this.waiting.clear();
    this.publish();
    // A newly known user has a session of their own: a stop after the previous one's 401 is lifted.
    void this.flush({ resume: userId !== null });
  }

  /** Resolves once the report is saved on the device; sending happens in the background. */
  async report(lessonId: string, report: NewProgressReport): Promise<void> {
    this.start();
    // Taken now, not after the write: the user may sign out meanwhile.
    const author = this.user ?? this.author;
    const queued: QueuedReport = {
      ...report,
      lessonId,
      eventId: newEventId(),
      occurredAt: new Date().toISOString(),
      ...(author !== undefined && { userId: author }),
    };
    const store = await this.store();
    await store.add(queued);
    if (this.user !== null && queued.userId === this.user) this.waiting.add(queued.eventId);
    this.publish();
    // A new report comes from a learner using the app: worth trying even after a 401.
    void this.flush({ resume: true });
  }

  /**
   * Sends what waits, now. `resume` also lifts the stop after a 401 (a new report, a new sign-in).
   * Resolves when this round (and any round asked for meanwhile) has finished; never rejects.
   */
  flush({ resume = false }: { resume?: boolean } = {}): Promise<void> {
    if (resume) this.signedOut = false;
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    clearTimeout(this.timer);
    this.running = this.drain();
    return this.running;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    // Someone shows the status (the shell after a sign-in, the player): the learner is here to learn.
    void this.flush({ resume: true });
    return () => this.statusListeners.delete(listener);
  };

  readonly getSnapshot = (): SyncStatus => this.snapshot;

  onApplied(listener: (progress: LessonProgressResponse) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  private store(): Promise<ProgressStore> {
    this.storePromise ??= this.options.openStore().catch((error: unknown) => {
      console.warn('No storage for progress on this device; keeping it in memory', error);
      return createMemoryProgressStore();
    });
    return this.storePromise;
  }

  // Always awaits the store before anything else, so `running` is set before this can finish.
  private async drain(): Promise<void> {
    try {
      const store = await this.store();
      do {
        this.rerun = false;
        const user = this.user;
        const reports = await this.reportsOf(store, user);
        // Something changed while the store was read (a report arrived, another user signed in):
        // that read may be stale, so it neither sets the count nor is sent; the next round reads
        // again (`continue` checks `rerun`, which both set).
        if (this.rerun || user !== this.user) continue;
        this.waiting.clear();
        for (const queued of reports) this.waiting.add(queued.eventId);
        this.publish();
        if (user === null || reports.length === 0 || this.signedOut || !this.options.isOnline()) continue;

        this.setSending(true);
        let outcome: SendOutcome;
        try {
          outcome =
            reports.length === 1
              ? await this.sendOne(store, reports[0], user)
              : await this.sendBatches(store, reports, user);
        } finally {
          this.setSending(false);
        }
        // Signed out (or someone else signed in) meanwhile: that answer says nothing about the new session.
        if (user !== this.user) continue;
        if (outcome.kind === 'retry') {
          this.failures += 1;
          this.retryAfter = outcome.retryAfterMs;
          break;
        }
        if (outcome.kind === 'signedOut') {
          this.signedOut = true;
          break;
        }
        this.failures = 0;
        this.retryAfter = 0;
        // Reports added while this round was sending (`rerun`) go out in the next one; reports the
        // server left unanswered wait for the timer rather than spinning here.
      } while (this.rerun);
    } catch (error) {
      console.warn('Progress sync failed', error);
    } finally {
      this.running = null;
      this.scheduleRetry();
    }
  }

  /**
   * The reports of `user` (none for nobody), oldest first. Reports without an author (saved before
   * reports had one) become this user's, for good: the first user who signs in takes them.
   */
  private async reportsOf(store: ProgressStore, user: string | null): Promise<QueuedReport[]> {
    const all = await store.getAll();
    if (user === null) return [];
    const mine: QueuedReport[] = [];
    for (const queued of all) {
      if (queued.userId === user) {
        mine.push(queued);
      } else if (queued.userId === undefined) {
        const adopted: QueuedReport = { ...queued, userId: user };
        try {
          await store.add(adopted);
        } catch (error) {
          // Still sent now; if that fails too, the next round tries to adopt it again.
          console.warn('Could not mark saved progress as this user’s', error);
        }
        mine.push(adopted);
      }
    }
    return mine;
  }

  private scheduleRetry(): void {
    clearTimeout(this.timer);
    if (!this.started || this.waiting.size === 0 || this.signedOut) return;
    const { retryFirstMs, retryMaxMs } = this.options;
    let delay = retryMaxMs;
    if (this.failures > 0) {
      const backoff = Math.min(retryFirstMs * 2 ** (this.failures - 1), retryMaxMs);
      // Jitter, so a village's phones coming back online together do not all retry in step.
      delay = Math.max(backoff * (0.75 + Math.random() * 0.5), this.retryAfter);
    }
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** `user`: whose round this is; once someone else is signed in, nothing more of it is sent. */
  private async sendOne(store: ProgressStore, queued: QueuedReport, user: string): Promise<SendOutcome> {
    if (this.user !== user) return DONE;
    const { lessonId, ...report } = toBatchItem(queued);
    const answer = await send('PUT', ApiPath.lessonProgress(lessonId), report);
    switch (answer.kind) {
      case 'retry':
      case 'signedOut':
        return answer;
      case 'refused':
        console.warn(`Progress report dropped: the server refused it (${answer.status})`, queued, answer.body);
        await this.forget(store, [queued.eventId]);
        return DONE;
      case 'ok':
        await this.forget(store, [queued.eventId]);
        if (answer.body) this.emit(answer.body as LessonProgressResponse);
        return DONE;
    }
  }

  private async sendBatches(store: ProgressStore, reports: QueuedReport[], user: string): Promise<SendOutcome> {
    for (const chunk of chunks(reports, PROGRESS_LIMITS.batchMax)) {
      if (this.user !== user) return DONE;
      const request: BatchProgressRequest = { items: chunk.map(toBatchItem) };
      const answer = await send('POST', ApiPath.progressBatch, request);
      if (answer.kind === 'retry' || answer.kind === 'signedOut') return answer;
      if (answer.kind === 'refused') {
        // The whole batch was refused (one malformed report spoils the body): one by one, so only
        // the reports the server cannot take are dropped.
        for (const queued of chunk) {
          const outcome = await this.sendOne(store, queued, user);
          if (outcome.kind !== 'done') return outcome;
        }
        continue;
      }

      const sent = new Set(chunk.map((queued) => queued.eventId));
      const results = (answer.body as BatchProgressResponse | undefined)?.results ?? [];
      const answered: string[] = [];
      const applied: LessonProgressResponse[] = [];
      for (const result of results) {
        if (!sent.has(result.eventId)) continue;
        answered.push(result.eventId);
        if (result.outcome === 'rejected') {
          console.warn('Progress report dropped: the server rejected it', result);
        } else if (result.progress) {
          applied.push(result.progress);
        }
      }
      // Reports the answer does not mention stay, and go again on the next round.
      await this.forget(store, answered);
      for (const progress of applied) this.emit(progress);
    }
    return DONE;
  }

  private async forget(store: ProgressStore, eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    try {
      await store.remove(eventIds);
    } catch (error) {
      // Left behind, it is sent again and the server answers "duplicate": harmless.
      console.warn('Could not remove sent progress from this device', error);
    }
    for (const id of eventIds) this.waiting.delete(id);
    this.publish();
  }

  private emit(progress: LessonProgressResponse): void {
    for (const listener of this.appliedListeners) {
      try {
        listener(progress);
      } catch (error) {
        console.error('A progress listener failed', error);
      }
    }
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    this.publish();
  }

  private publish(): void {
    const pending = this.waiting.size;
    const state: SyncState =
      pending === 0 ? 'synced' : this.sending ? 'syncing' : !this.options.isOnline() ? 'offline' : 'pending';
    if (state === this.snapshot.state && pending === this.snapshot.pending) return;
    this.snapshot = { state, pending };
    for (const listener of this.statusListeners) listener();
  }
}
