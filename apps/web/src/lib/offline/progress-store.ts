import type { BatchProgressItem } from '@bilikti/contracts';

/**
 * A progress report waiting on the device for the server: what the batch endpoint takes, plus who
 * made it (never sent: the API refuses unknown fields). A shared phone may hold several people's
 * reports; each goes out only under its own author's session.
 */
export interface QueuedReport extends BatchProgressItem {
  /** The signed-in user who made the report. Absent on reports saved before reports had an author. */
  userId?: string;
}

/** The report as the API takes it: without the device's own bookkeeping. */
export function toBatchItem({ userId: _userId, ...item }: QueuedReport): BatchProgressItem {
  return item;
}

/** Where waiting reports live until the server has answered them. */
export interface ProgressStore {
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  /** Every waiting report, oldest first. */
  getAll(): Promise<QueuedReport[]>;
  /** Resolves once the report is stored (for IndexedDB: committed to disk). */
  add(report: QueuedReport): Promise<void>;
  remove(eventIds: readonly string[]): Promise<void>;
}

export function byOccurrence(a: QueuedReport, b: QueuedReport): number {
  return a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0;
}

/** Lives as long as the page: for tests, and the last resort when the browser keeps nothing. */
export function createMemoryProgressStore(): ProgressStore {
  const reports = new Map<string, QueuedReport>();
  return {
    kind: 'memory',
    getAll: async () => [...reports.values()].sort(byOccurrence),
    add: async (report) => {
      reports.set(report.eventId, report);
    },
    remove: async (eventIds) => {
      for (const id of eventIds) reports.delete(id);
    },
  };
}

const LOCAL_STORAGE_PREFIX = 'bilikti.progress.';

function parseReport(text: string | null): QueuedReport | null {
  try {
    const value: unknown = JSON.parse(text ?? '');
    const report = value as Partial<QueuedReport> | null;
    return typeof report?.eventId === 'string' && typeof report.lessonId === 'string' ? (value as QueuedReport) : null;
  } catch {
    return null;
  }
}

/**
 * One key per report, so two tabs adding at once cannot overwrite each other's list.
 * `null` when storage is blocked (some private modes throw on any access).
 */
export function createLocalStorageProgressStore(given?: Storage): ProgressStore | null {
  let storage: Storage;
  try {
    // Reading `window.localStorage` itself throws where storage is blocked.
    const found = given ?? globalThis.localStorage;
    if (!found) return null;
    storage = found;
    const probe = 'bilikti.storageProbe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
  } catch {
    return null;
  }
  const keys = () => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(LOCAL_STORAGE_PREFIX)) found.push(key);
    }
    return found;
  };
  return {
    kind: 'localstorage',
    getAll: async () => {
      const reports: QueuedReport[] = [];
      for (const key of keys()) {
        const report = parseReport(storage.getItem(key));
        // Damaged: unreadable, so resending could not help either.
        if (report) reports.push(report);
        else storage.removeItem(key);
      }
      return reports.sort(byOccurrence);
    },
    add: async (report) => {
      storage.setItem(LOCAL_STORAGE_PREFIX + report.eventId, JSON.stringify(report));
    },
    remove: async (eventIds) => {
      for (const id of eventIds) storage.removeItem(LOCAL_STORAGE_PREFIX + id);
    },
  };
}

/**
 * Wraps a device store so a failing write (quota, a closed database) still keeps the report for
 * this page's lifetime instead of losing it; reads see both.
 */
export function withMemoryFallback(store: ProgressStore): ProgressStore {
  const memory = createMemoryProgressStore();
  return {
    kind: store.kind,
    getAll: async () => {
      const stored = await store.getAll().catch((error: unknown) => {
        console.warn('Could not read saved progress from this device', error);
        return [];
      });
      const seen = new Set(stored.map((report) => report.eventId));
      const extra = (await memory.getAll()).filter((report) => !seen.has(report.eventId));
      return [...stored, ...extra].sort(byOccurrence);
    },
    add: async (report) => {
      try {
        await store.add(report);
      } catch (error) {
        console.warn('Could not save progress on this device; keeping it until the page closes', error);
        await memory.add(report);
      }
    },
    remove: async (eventIds) => {
      await memory.remove(eventIds);
      await store.remove(eventIds);
    },
  };
}
