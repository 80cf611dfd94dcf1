import { ErrorCode, type AnswerValue, type SaveAnswerRequest, type SaveAnswerResponse } from '@bilikti/contracts';

import { ApiError } from '../../../lib/api-client';
import { saveAnswer } from './assessment-api';
import type { PendingAnswer, PendingAnswerStore } from './pending-answers';

/** Why the server takes no more answers: the time is up, or the attempt was submitted. */
export type SaveBlock = 'deadline' | 'closed';

export interface AnswerSyncStatus {
  /** Questions whose latest answer the server has not confirmed (waiting, on their way, or stuck). */
  pending: number;
  /** A request is on its way. */
  sending: boolean;
  /** The last request got no answer (or a server error): what waits goes out when the link is back. */
  offline: boolean;
  /** Set once the server refuses answers for good; nothing more is saved. */
  blocked: SaveBlock | null;
  /** The server refused an answer as malformed; it was dropped. */
  rejected: boolean;
}

export interface AnswerSyncOptions {
  attemptId: string;
  store: PendingAnswerStore;
  /** The revision of each question's answer on the server when the attempt loaded. */
  serverRevisions: Record<string, number>;
  save?: (attemptId: string, questionId: string, body: SaveAnswerRequest) => Promise<SaveAnswerResponse>;
  /** Told once when the server refuses further answers. */
  onBlocked?: (reason: SaveBlock) => void;
  /** How long typing may pause before the text is sent. */
  debounceMs?: number;
  /** The first retry after a failure; each further failure doubles it, up to `retryMaxMs`. */
  retryFirstMs?: number;
  retryMaxMs?: number;
}

type Outcome = 'saved' | 'retry' | 'dropped' | 'blocked';

/**
 * Keeps an attempt's answers safe on a poor connection. Each change gets the next revision of its
 * question, is written to the device first and sent second, and leaves the device only once the
 * server holds that revision or a newer one. Failed sends are retried with backoff and as soon as
 * the browser is back online; the server ignores a revision lower than the one it has, so a late
 * or repeated save never overwrites a newer answer.
 */
export class AnswerSync {
  private readonly options: Required<Omit<AnswerSyncOptions, 'onBlocked'>> & Pick<AnswerSyncOptions, 'onBlocked'>;
  private readonly pending: Map<string, PendingAnswer>;
  private readonly revisions = new Map<string, number>();
  private readonly sending = new Map<string, Promise<void>>();
  private readonly debounced = new Map<string, ReturnType<typeof setTimeout>>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private offline = false;
  private rejected = false;
  private blocked: SaveBlock | null = null;
  private snapshot: AnswerSyncStatus;
  private readonly listeners = new Set<() => void>();
  private readonly onlineListener = () => {
    this.failures = 0;
    void this.flush();
  };
  private started = false;

  constructor(options: AnswerSyncOptions) {
    this.options = { save: saveAnswer, debounceMs: 800, retryFirstMs: 2_000, retryMaxMs: 30_000, ...options };
    for (const [questionId, revision] of Object.entries(options.serverRevisions)) {
      this.revisions.set(questionId, revision);
    }
    this.pending = options.store.load();
    for (const [questionId, item] of this.pending) {
      if (item.revision <= (this.revisions.get(questionId) ?? 0)) {
        // The server already holds this answer or a newer one (sent from here or another device).
        this.pending.delete(questionId);
        options.store.remove(questionId);
      } else {
        this.revisions.set(questionId, item.revision);
      }
    }
    this.snapshot = this.status();
  }

  /** Answers kept on this device that are newer than the server's: they win over the server's on a reload. */
  localAnswers(): Map<string, AnswerValue | null> {
    return new Map([...this.pending].map(([questionId, item]) => [questionId, item.answer]));
  }

  /** Sends what a previous visit left, and listens for the connection coming back. */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onlineListener);
    if (this.pending.size > 0) void this.flush();
  }

  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onlineListener);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    // Typed text waiting for its pause goes out now rather than on the next visit.
    for (const [questionId, timer] of this.debounced) {
      clearTimeout(timer);
      this.debounced.delete(questionId);
      void this.send(questionId);
    }
  }

  /**
   * Records a new answer to a question. Choices are sent at once; typing (`debounce`) once it
   * pauses, or on {@link commit}.
   */
  change(questionId: string, answer: AnswerValue | null, { debounce = false } = {}): void {
    if (this.blocked) return;
    const revision = (this.revisions.get(questionId) ?? 0) + 1;
    this.revisions.set(questionId, revision);
    const item = { answer, revision };
    this.pending.set(questionId, item);
    this.options.store.put(questionId, item);
    clearTimeout(this.debounced.get(questionId));
    this.debounced.delete(questionId);
    if (debounce) {
      this.debounced.set(
        questionId,
        setTimeout(() => {
          this.debounced.delete(questionId);
          void this.send(questionId);
        }, this.options.debounceMs),
      );
      this.emit();
    } else {
      void this.send(questionId);
    }
  }

  /** Sends a question's typed answer now (the field lost focus) instead of waiting for the pause. */
  commit(questionId: string): void {
    if (!this.debounced.has(questionId)) return;
    clearTimeout(this.debounced.get(questionId));
    this.debounced.delete(questionId);
    void this.send(questionId);
  }

  /** Sends everything that waits, and resolves when each has been answered (or failed). */
  async flush(): Promise<void> {
    for (const timer of this.debounced.values()) clearTimeout(timer);
    this.debounced.clear();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    await Promise.all([...this.pending.keys()].map((questionId) => this.send(questionId)));
  }

  /** Forgets everything kept for this attempt (it is closed: nothing more can be saved). */
  discard(): void {
    for (const timer of this.debounced.values()) clearTimeout(timer);
    this.debounced.clear();
    this.stop();
    this.pending.clear();
    this.options.store.clear();
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AnswerSyncStatus => this.snapshot;

  private status(): AnswerSyncStatus {
    return {
      pending: this.pending.size,
      sending: this.sending.size > 0,
      offline: this.offline && this.pending.size > 0,
      blocked: this.blocked,
      rejected: this.rejected,
    };
  }

  private emit(): void {
    const next = this.status();
    const previous = this.snapshot;
    if (
      next.pending === previous.pending &&
      next.sending === previous.sending &&
      next.offline === previous.offline &&
      next.blocked === previous.blocked &&
      next.rejected === previous.rejected
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  /** One request at a time per question; a change made meanwhile goes out when it returns. */
  private send(questionId: string): Promise<void> {
    const running = this.sending.get(questionId);
    if (running) return running;
    const work = this.sendLoop(questionId).finally(() => {
      this.sending.delete(questionId);
      this.emit();
    });
    this.sending.set(questionId, work);
    this.emit();
    return work;
  }

  private async sendLoop(questionId: string): Promise<void> {
    for (;;) {
      const item = this.pending.get(questionId);
      if (!item || this.blocked) return;
      const outcome = await this.sendOnce(questionId, item);
      if (outcome !== 'saved') return;
      const newer = this.pending.get(questionId);
      // A change made while this one travelled: send it now, unless it is still being typed.
      if (!newer || newer.revision <= item.revision || this.debounced.has(questionId)) return;
    }
  }

  private async sendOnce(questionId: string, item: PendingAnswer): Promise<Outcome> {
    let response: SaveAnswerResponse;
    try {
      response = await this.options.save(this.options.attemptId, questionId, item);
    } catch (error) {
      return this.failed(questionId, item, error);
    }
    this.failures = 0;
    this.offline = false;
    this.rejected = false;
    const current = this.pending.get(questionId);
    // The server holds this revision, or a newer one from another tab or device: either way done.
    if (current && current.revision <= Math.max(response.revision, item.revision)) {
      this.pending.delete(questionId);
      this.options.store.remove(questionId);
    }
    this.emit();
    return 'saved';
  }

  private failed(questionId: string, item: PendingAnswer, error: unknown): Outcome {
    if (error instanceof ApiError && error.status === 409) {
      if (error.code === ErrorCode.AttemptDeadlinePassed || error.code === ErrorCode.AttemptClosed) {
        this.block(error.code === ErrorCode.AttemptDeadlinePassed ? 'deadline' : 'closed');
        return 'blocked';
      }
    }
    const retryable =
      !(error instanceof ApiError) ||
      error.status === 401 ||
      error.status === 408 ||
      error.status === 429 ||
      error.status >= 500;
    if (!retryable) {
      // Sending the same answer again cannot succeed (malformed, or not a question of this attempt).
      console.warn('The server refused an answer', error);
      if (this.pending.get(questionId)?.revision === item.revision) {
        this.pending.delete(questionId);
        this.options.store.remove(questionId);
      }
      this.rejected = true;
      this.emit();
      return 'dropped';
    }
    this.offline = true;
    this.failures += 1;
    this.scheduleRetry();
    this.emit();
    return 'retry';
  }

  private block(reason: SaveBlock): void {
    if (this.blocked) return;
    this.blocked = reason;
    // Answers after the deadline (or the submit) can never be saved: do not keep them around.
    for (const timer of this.debounced.values()) clearTimeout(timer);
    this.debounced.clear();
    clearTimeout(this.retryTimer);
    this.pending.clear();
    this.options.store.clear();
    this.emit();
    this.options.onBlocked?.(reason);
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || !this.started) return;
    const delay = Math.min(this.options.retryFirstMs * 2 ** (this.failures - 1), this.options.retryMaxMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, delay);
  }
}
