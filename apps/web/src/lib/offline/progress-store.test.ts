import { describe, expect, it, vi } from 'vitest';

import { openProgressStore } from './open-progress-store';
import {
  createLocalStorageProgressStore,
  createMemoryProgressStore,
  type ProgressStore,
  type QueuedReport,
  withMemoryFallback,
} from './progress-store';

function queued(index: number): QueuedReport {
  return {
    eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, 0, index)).toISOString(),
    lessonId: `l-${index}`,
    opened: true,
  };
}

/** Storage that refuses everything, as in a private mode with storage blocked. */
const blockedStorage = {
  get length(): number {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
} as unknown as Storage;

describe('localStorage progress store', () => {
  it('keeps reports across instances (a reload), oldest first, and forgets removed ones', async () => {
    const first = createLocalStorageProgressStore()!;
    await first.add(queued(2));
    await first.add(queued(1));
    await first.add(queued(3));

    const afterReload = createLocalStorageProgressStore()!;
    expect(await afterReload.getAll()).toEqual([queued(1), queued(2), queued(3)]);

    await afterReload.remove([queued(1).eventId, queued(3).eventId]);
    expect(await first.getAll()).toEqual([queued(2)]);
  });

  it('leaves other keys alone and discards damaged entries', async () => {
    window.localStorage.setItem('bilikti.locale', 'ru');
    window.localStorage.setItem('bilikti.progress.broken', '{not json');
    const store = createLocalStorageProgressStore()!;
    await store.add(queued(1));

    expect(await store.getAll()).toEqual([queued(1)]);
    expect(window.localStorage.getItem('bilikti.locale')).toBe('ru');
    expect(window.localStorage.getItem('bilikti.progress.broken')).toBeNull();
  });

  it('is not offered when storage is blocked', () => {
    expect(createLocalStorageProgressStore(blockedStorage)).toBeNull();
  });
});

describe('memory fallback', () => {
  it('still holds a report the device store failed to write, until it is removed', async () => {
    const failing: ProgressStore = {
      ...createMemoryProgressStore(),
      add: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = withMemoryFallback(failing);

    await store.add(queued(1));
    expect(await store.getAll()).toEqual([queued(1)]);

    await store.remove([queued(1).eventId]);
    expect(await store.getAll()).toEqual([]);
  });
});

describe('choosing a store', () => {
  it('uses IndexedDB when it opens, moving in what an earlier visit left in localStorage', async () => {
    const local = createLocalStorageProgressStore()!;
    await local.add(queued(1));
    const indexedDb = { ...createMemoryProgressStore(), kind: 'indexeddb' as const };

    const store = await openProgressStore({ openIndexedDb: async () => indexedDb });

    expect(store.kind).toBe('indexeddb');
    expect(await indexedDb.getAll()).toEqual([queued(1)]);
    expect(await local.getAll()).toEqual([]);
  });

  it('falls back to localStorage without IndexedDB (jsdom has none), and to memory when that is blocked too', async () => {
    expect((await openProgressStore()).kind).toBe('localstorage');
    expect((await openProgressStore({ localStorage: blockedStorage })).kind).toBe('memory');
  });
});
