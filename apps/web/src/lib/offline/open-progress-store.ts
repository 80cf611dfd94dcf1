import { openIndexedDbProgressStore } from './indexed-db-progress-store';
import {
  createLocalStorageProgressStore,
  createMemoryProgressStore,
  type ProgressStore,
  withMemoryFallback,
} from './progress-store';

interface OpenProgressStoreOptions {
  openIndexedDb?: () => Promise<ProgressStore>;
  localStorage?: Storage;
}

/**
 * The best store this browser offers: IndexedDB, else localStorage (IndexedDB blocked, as in some
 * private modes), else memory. Reports left in localStorage by an earlier visit without IndexedDB
 * move into IndexedDB once it works again.
 */
export async function openProgressStore({
  openIndexedDb = openIndexedDbProgressStore,
  localStorage,
}: OpenProgressStoreOptions = {}): Promise<ProgressStore> {
  const local = createLocalStorageProgressStore(localStorage);
  try {
    const indexedDb = await openIndexedDb();
    if (local) {
      const leftovers = await local.getAll();
      for (const report of leftovers) await indexedDb.add(report);
      await local.remove(leftovers.map((report) => report.eventId));
    }
    return withMemoryFallback(indexedDb);
  } catch {
    // No IndexedDB here (jsdom, a blocked or failed open): fall through.
  }
  return withMemoryFallback(local ?? createMemoryProgressStore());
}
