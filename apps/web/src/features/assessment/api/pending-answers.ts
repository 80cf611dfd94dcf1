import type { AnswerValue } from '@bilikti/contracts';

/** An answer changed on the device that the server has not confirmed yet. */
export interface PendingAnswer {
  answer: AnswerValue | null;
  revision: number;
}

/** Where one learner's unconfirmed answers to one attempt wait: they survive a reload or a dead battery. */
export interface PendingAnswerStore {
  load(): Map<string, PendingAnswer>;
  put(questionId: string, pending: PendingAnswer): void;
  remove(questionId: string): void;
  clear(): void;
}

const PREFIX = 'bilikti.attemptAnswer.';

function isPendingAnswer(value: unknown): value is PendingAnswer {
  const pending = value as Partial<PendingAnswer> | null;
  return (
    typeof pending === 'object' &&
    pending !== null &&
    typeof pending.revision === 'number' &&
    pending.revision >= 1 &&
    (pending.answer === null || (typeof pending.answer === 'object' && typeof pending.answer?.type === 'string'))
  );
}

function memoryStore(): PendingAnswerStore {
  const answers = new Map<string, PendingAnswer>();
  return {
    load: () => new Map(answers),
    put: (questionId, pending) => void answers.set(questionId, pending),
    remove: (questionId) => void answers.delete(questionId),
    clear: () => answers.clear(),
  };
}

/**
 * One localStorage key per question (`bilikti.attemptAnswer.<user>.<attempt>.<question>`), so two
 * tabs never overwrite each other's answers and a shared phone keeps each learner's apart.
 * Synchronous, so an answer is on the device before its request leaves. Falls back to memory
 * where storage is blocked or full.
 */
export function createPendingAnswerStore(userId: string, attemptId: string, given?: Storage): PendingAnswerStore {
  let storage: Storage;
  try {
    const found = given ?? globalThis.localStorage;
    if (!found) return memoryStore();
    storage = found;
  } catch {
    return memoryStore();
  }
  const prefix = `${PREFIX}${userId}.${attemptId}.`;
  const fallback = memoryStore();
  const keys = () => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  };

  return {
    load: () => {
      const answers = fallback.load();
      try {
        for (const key of keys()) {
          let value: unknown = null;
          try {
            value = JSON.parse(storage.getItem(key) ?? '');
          } catch {
            // Damaged: unreadable, so it cannot be sent either.
          }
          if (isPendingAnswer(value)) answers.set(key.slice(prefix.length), value);
          else storage.removeItem(key);
        }
      } catch {
        // Storage became unreadable: what this page kept in memory is all there is.
      }
      return answers;
    },
    put: (questionId, pending) => {
      try {
        storage.setItem(prefix + questionId, JSON.stringify(pending));
        fallback.remove(questionId);
      } catch {
        fallback.put(questionId, pending);
      }
    },
    remove: (questionId) => {
      fallback.remove(questionId);
      try {
        storage.removeItem(prefix + questionId);
      } catch {
        // Nothing to do: a key that cannot be removed is dropped on the next load as confirmed.
      }
    },
    clear: () => {
      fallback.clear();
      try {
        for (const key of keys()) storage.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
