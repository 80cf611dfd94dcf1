import { byOccurrence, type ProgressStore, type QueuedReport } from './progress-store';

const DB_NAME = 'bilikti-offline';
const DB_VERSION = 1;
const STORE = 'progress';
/** A slow phone opens a database in well under a second; a hung open (blocked) must not stall reporting. */
const OPEN_TIMEOUT_MS = 5_000;

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: 'eventId' });
      }
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      // A newer version of the app in another tab wants to upgrade: let it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
}

/** Waiting progress reports in IndexedDB, keyed by their event id. Rejects when IndexedDB is unusable. */
export async function openIndexedDbProgressStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<ProgressStore> {
  if (!factory) throw new Error('IndexedDB is not available');
  let db: IDBDatabase | null = await openDatabase(factory);

  // The browser may close the connection (storage pressure, a version change): open it again.
  async function run<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T> | void,
  ): Promise<T | undefined> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        db ??= await openDatabase(factory!);
        // `strict`: the report is on disk before we say it is saved.
        const transaction = db.transaction(STORE, mode, { durability: 'strict' });
        const request = work(transaction.objectStore(STORE));
        const [result] = await Promise.all([request ? promisify(request) : undefined, completion(transaction)]);
        return result;
      } catch (error) {
        if (attempt > 0 || !(error instanceof DOMException) || error.name !== 'InvalidStateError') throw error;
        db = null;
      }
    }
  }

  return {
    kind: 'indexeddb',
    getAll: async () => {
      const reports = (await run('readonly', (store) => store.getAll() as IDBRequest<QueuedReport[]>)) ?? [];
      return reports.sort(byOccurrence);
    },
    add: async (report) => {
      await run('readwrite', (store) => store.put(report));
    },
    remove: async (eventIds) => {
      if (eventIds.length === 0) return;
      await run('readwrite', (store) => {
        for (const id of eventIds) store.delete(id);
      });
    },
  };
}
