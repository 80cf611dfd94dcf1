import {
  type BatchProgressRequest,
  type BatchProgressResult,
  type LessonProgressResponse,
  PROGRESS_LIMITS,
} from '@bilikti/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  createLocalStorageProgressStore,
  createMemoryProgressStore,
  type ProgressStore,
  type QueuedReport,
} from './progress-store';
import { ProgressSync, type SyncStatus } from './progress-sync';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

type Answer = Response | Error | ((sent: Sent) => Response | Error | Promise<Response>);

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** A stand-in for the network: answers every request with `answer` until told otherwise. */
function serve(initial: Answer) {
  let answer = initial;
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request: Sent = {
        method: init?.method ?? 'GET',
        path: String(input),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      sent.push(request);
      const result = typeof answer === 'function' ? await answer(request) : answer;
      if (result instanceof Error) throw result;
      return result.clone();
    }),
  );
  return {
    sent,
    answerWith(next: Answer) {
      answer = next;
    },
  };
}

function progressOf(lessonId: string, overrides: Partial<LessonProgressResponse> = {}): LessonProgressResponse {
  return {
    lessonId,
    enrolmentId: 'e-1',
    status: 'completed',
    timeSpentSeconds: 60,
    positionSeconds: 0,
    watchedSeconds: 0,
    durationSeconds: null,
    completedAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    coursePercent: 10,
    enrolmentStatus: 'active',
    ...overrides,
  };
}

/** The user signed in unless a test says otherwise. */
const USER = 'u-aigul';

/** A report as the API takes it (what is sent): no author. */
function queued(index: number, lessonId = `l-${index}`): QueuedReport {
  return {
    eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, 0, index)).toISOString(),
    lessonId,
    timeSpentSeconds: 30,
  };
}

/** A report as stored on the device: with the user who made it. */
function queuedBy(userId: string, index: number, lessonId?: string): QueuedReport {
  return { ...queued(index, lessonId), userId };
}

const running: ProgressSync[] = [];

function createSync(
  store: ProgressStore = createMemoryProgressStore(),
  online: { value: boolean } = { value: true },
  user: string | null = USER,
) {
  const sync = new ProgressSync({ openStore: async () => store, isOnline: () => online.value });
  sync.setUser(user);
  running.push(sync);
  const statuses: SyncStatus[] = [];
  sync.subscribe(() => statuses.push(sync.getSnapshot()));
  return { sync, store, statuses, online };
}

afterEach(() => {
  for (const sync of running.splice(0)) sync.stop();
  vi.useRealTimers();
});

describe('progress sync: single reports', () => {
  it('saves a report on the device before sending it, and forgets it once the server answered 2xx', async () => {
    const store = createMemoryProgressStore();
    const storedWhenSent: QueuedReport[][] = [];
    const network = serve(async () => {
      storedWhenSent.push(await store.getAll());
      return json(200, progressOf('l-1'));
    });
    const { sync } = createSync(store);
    const applied = vi.fn();
    sync.onApplied(applied);

    await sync.report('l-1', { markedDone: true });
    await sync.flush();

    expect(storedWhenSent).toEqual([[expect.objectContaining({ lessonId: 'l-1', markedDone: true, userId: USER })]]);
    expect(network.sent).toEqual([
      {
        method: 'PUT',
        path: '/api/lessons/l-1/progress',
        body: {
          markedDone: true,
          eventId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
          occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        },
      },
    ]);
    expect(await store.getAll()).toEqual([]);
    expect(applied).toHaveBeenCalledWith(progressOf('l-1'));
    expect(sync.getSnapshot()).toEqual({ state: 'synced', pending: 0 });
  });

  it('keeps a report through a lost connection and sends the same event once the network is back', async () => {
    const network = serve(new TypeError('Failed to fetch'));
    const { sync, store } = createSync();

    await sync.report('l-1', { timeSpentSeconds: 40 });
    await sync.flush();

    expect(await store.getAll()).toHaveLength(1);
    expect(sync.getSnapshot()).toEqual({ state: 'pending', pending: 1 });

    network.answerWith(json(200, progressOf('l-1')));
    await sync.flush();

    expect(await store.getAll()).toEqual([]);
    const [first, second] = network.sent.filter((request) => request.method === 'PUT');
    expect(second.body).toEqual(first.body);
  });

  it.each([500, 502, 503, 408, 429])('keeps a report the server answered %i, to send again later', async (status) => {
    serve(json(status, { code: 'unknown', message: 'x' }));
    const { sync, store } = createSync();

    await sync.report('l-1', { opened: true });
    await sync.flush();

    expect(await store.getAll()).toHaveLength(1);
  });

  it.each([400, 403, 404, 409, 422])('drops a report the server refused with %i, with a warning', async (status) => {
    serve(json(status, { code: 'validation.failed', message: 'x' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sync, store } = createSync();

    await sync.report('l-1', { opened: true });
    await sync.flush();

    expect(await store.getAll()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`(${status})`), expect.anything(), expect.anything());
  });

  it('stops on 401 and keeps the report until something says the learner may be back (a sign-in)', async () => {
    const network = serve(json(401, { code: 'auth.required', message: 'x' }));
    const { sync, store } = createSync();

    await sync.report('l-1', { opened: true });
    await sync.flush();
    network.answerWith(json(200, progressOf('l-1')));
    window.dispatchEvent(new Event('online'));
    await sync.flush();

    expect(network.sent).toHaveLength(1);
    expect(await store.getAll()).toHaveLength(1);

    await sync.flush({ resume: true });

    expect(network.sent).toHaveLength(2);
    expect(await store.getAll()).toEqual([]);
  });

  it('does not try while the browser is offline, and sends as soon as it comes online', async () => {
    const network = serve(json(200, progressOf('l-1')));
    const { sync, store, online } = createSync(undefined, { value: false });

    await sync.report('l-1', { markedDone: true });
    await sync.flush();

    expect(network.sent).toEqual([]);
    expect(sync.getSnapshot()).toEqual({ state: 'offline', pending: 1 });

    online.value = true;
    window.dispatchEvent(new Event('online'));
    await sync.flush();

    expect(network.sent).toHaveLength(1);
    expect(await store.getAll()).toEqual([]);
    expect(sync.getSnapshot()).toEqual({ state: 'synced', pending: 0 });
  });

  it('retries on its own with a growing delay while reports wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter
    const network = serve(new TypeError('Failed to fetch'));
    const { sync } = createSync();

    await sync.report('l-1', { opened: true });
    await sync.flush();
    expect(network.sent).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1_999);
    expect(network.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(network.sent).toHaveLength(2); // after 2 s

    await vi.advanceTimersByTimeAsync(3_999);
    expect(network.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(network.sent).toHaveLength(3); // after 4 s more

    network.answerWith(json(200, progressOf('l-1')));
    await vi.advanceTimersByTimeAsync(8_000);
    expect(network.sent).toHaveLength(4);
    expect(sync.getSnapshot().state).toBe('synced');

    await vi.advanceTimersByTimeAsync(120_000);
    expect(network.sent).toHaveLength(4); // nothing waits: no more tries
  });

  it('sends a report made while a round was still reading the store in that same flush', async () => {
    const network = serve(json(200, progressOf('l-1')));
    const memory = createMemoryProgressStore();
    let releaseRead = () => {};
    const slowFirstRead = new Promise<void>((resolve) => (releaseRead = resolve));
    let reads = 0;
    const store: ProgressStore = {
      ...memory,
      getAll: async () => {
        reads += 1;
        const snapshot = await memory.getAll();
        if (reads === 1) await slowFirstRead;
        return snapshot;
      },
    };
    const { sync } = createSync(store);

    const startRound = sync.flush();
    await sync.report('l-1', { markedDone: true });
    releaseRead();
    await startRound;

    expect(network.sent).toHaveLength(1);
    expect(await memory.getAll()).toEqual([]);
  });

  it('goes pending → syncing → synced for a report sent at once', async () => {
    serve(json(200, progressOf('l-1')));
    const { sync, statuses } = createSync();

    await sync.report('l-1', { opened: true });
    await sync.flush();

    expect(statuses).toEqual([
      { state: 'pending', pending: 1 },
      { state: 'syncing', pending: 1 },
      { state: 'synced', pending: 0 },
    ]);
  });
});

describe('progress sync: a backlog', () => {
  async function backlog(store: ProgressStore, count: number) {
    for (let i = 0; i < count; i += 1) await store.add(queuedBy(USER, i));
  }

  it(`sends what waited since the last visit in batches of at most ${PROGRESS_LIMITS.batchMax}, oldest first`, async () => {
    const network = serve((request) => {
      const { items } = request.body as BatchProgressRequest;
      return json(200, {
        results: items.map((item) => ({ eventId: item.eventId, lessonId: item.lessonId, outcome: 'applied' })),
      });
    });
    const store = createMemoryProgressStore();
    await backlog(store, 450);
    const { sync } = createSync(store);

    sync.start();
    await sync.flush();

    const batches = network.sent.map((request) => request.body as BatchProgressRequest);
    expect(network.sent.every((request) => request.method === 'POST' && request.path === '/api/progress/batch')).toBe(
      true,
    );
    expect(batches.map((batch) => batch.items.length)).toEqual([200, 200, 50]);
    expect(batches[0].items[0]).toEqual(queued(0));
    expect(batches[2].items[49]).toEqual(queued(449));
    expect(await store.getAll()).toEqual([]);
  });

  it('forgets applied and duplicate reports, drops rejected ones with a warning, and keeps unanswered ones', async () => {
    const results: BatchProgressResult[] = [
      { eventId: queued(0).eventId, lessonId: 'l-0', outcome: 'applied', progress: progressOf('l-0') },
      { eventId: queued(1).eventId, lessonId: 'l-1', outcome: 'duplicate', progress: progressOf('l-1') },
      { eventId: queued(2).eventId, lessonId: 'l-2', outcome: 'rejected', error: { code: 'validation.failed' } },
    ];
    serve(json(200, { results }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createMemoryProgressStore();
    await backlog(store, 4);
    const { sync } = createSync(store);
    const applied = vi.fn();
    sync.onApplied(applied);

    await sync.flush();

    expect(await store.getAll()).toEqual([queuedBy(USER, 3)]);
    expect(applied.mock.calls).toEqual([[progressOf('l-0')], [progressOf('l-1')]]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rejected'), results[2]);
    expect(sync.getSnapshot()).toEqual({ state: 'pending', pending: 1 });
  });

  it('stops at a failed batch and keeps it and every later one', async () => {
    let batch = 0;
    serve((request) => {
      batch += 1;
      if (batch === 2) return json(503);
      const { items } = request.body as BatchProgressRequest;
      return json(200, {
        results: items.map((item) => ({ eventId: item.eventId, lessonId: item.lessonId, outcome: 'applied' })),
      });
    });
    const store = createMemoryProgressStore();
    await backlog(store, 450);
    const { sync } = createSync(store);

    await sync.flush();

    expect(batch).toBe(2);
    expect(await store.getAll()).toHaveLength(250);
  });

  it('sends a batch refused as a whole one by one, so only the reports the server cannot take are lost', async () => {
    const network = serve((request) => {
      if (request.path === '/api/progress/batch') return json(400, { code: 'validation.failed', message: 'x' });
      return request.path === '/api/lessons/l-1/progress'
        ? json(404, { code: 'notFound', message: 'x' })
        : json(200, progressOf('l-x'));
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createMemoryProgressStore();
    await backlog(store, 3);
    const { sync } = createSync(store);

    await sync.flush();

    expect(network.sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/progress/batch',
      'PUT /api/lessons/l-0/progress',
      'PUT /api/lessons/l-1/progress',
      'PUT /api/lessons/l-2/progress',
    ]);
    expect(await store.getAll()).toEqual([]);
  });

  it('sends what a previous page left in storage when the app starts again (a reload)', async () => {
    const network = serve(json(200, progressOf('l-1')));
    const firstPage = createLocalStorageProgressStore()!;
    const offline = createSync(firstPage, { value: false });
    await offline.sync.report('l-1', { markedDone: true });
    offline.sync.stop();

    const { sync } = createSync(createLocalStorageProgressStore()!);
    sync.start();
    await sync.flush();

    expect(network.sent).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/api/lessons/l-1/progress',
        body: expect.objectContaining({ markedDone: true }),
      }),
    ]);
    expect(await firstPage.getAll()).toEqual([]);
  });
});

describe('progress sync: several people on one phone', () => {
  const AIGUL = 'u-aigul';
  const BOLAT = 'u-bolat';

  /** Applies every report: a batch, or one sent on its own. */
  function applyEverything(request: Sent): Response {
    if (request.method === 'PUT') return json(200, progressOf(request.path.split('/')[3]));
    const { items } = request.body as BatchProgressRequest;
    return json(200, {
      results: items.map((item) => ({ eventId: item.eventId, lessonId: item.lessonId, outcome: 'applied' })),
    });
  }

  const applyAll = () => serve(applyEverything);

  const sentEventIds = (sent: Sent[]) =>
    sent.flatMap((request) =>
      request.method === 'POST'
        ? (request.body as BatchProgressRequest).items.map((item) => item.eventId)
        : [(request.body as { eventId: string }).eventId],
    );

  it("keeps one user's reports on the device while another is signed in, and sends them when they are back", async () => {
    const network = applyAll();
    const store = createMemoryProgressStore();
    await store.add(queuedBy(AIGUL, 1));
    await store.add(queuedBy(AIGUL, 2));
    await store.add(queuedBy(BOLAT, 3));
    const { sync } = createSync(store, undefined, BOLAT);

    await sync.flush();

    expect(sentEventIds(network.sent)).toEqual([queued(3).eventId]);
    expect(await store.getAll()).toEqual([queuedBy(AIGUL, 1), queuedBy(AIGUL, 2)]);

    sync.setUser(null);
    await sync.flush();
    expect(network.sent).toHaveLength(1);

    sync.setUser(AIGUL);
    await sync.flush();

    expect(sentEventIds(network.sent.slice(1))).toEqual([queued(1).eventId, queued(2).eventId]);
    expect(await store.getAll()).toEqual([]);
  });

  it('tags each report with the signed-in user, and sends it without the tag (the API refuses unknown fields)', async () => {
    const network = applyAll();
    const { sync, store } = createSync(undefined, { value: false }, AIGUL);

    await sync.report('l-1', { opened: true });
    await sync.report('l-2', { opened: true });
    expect(await store.getAll()).toEqual([
      expect.objectContaining({ lessonId: 'l-1', userId: AIGUL }),
      expect.objectContaining({ lessonId: 'l-2', userId: AIGUL }),
    ]);

    sync.setUser(null);
    await sync.report('l-3', { opened: true }); // the lesson page's last seconds, as it closes
    sync.setUser(AIGUL);
    await sync.flush({ resume: true });
    expect(network.sent).toEqual([]); // offline

    await sync.flush();
    const online = new ProgressSync({ openStore: async () => store, isOnline: () => true });
    running.push(online);
    online.setUser(AIGUL);
    await online.flush();

    expect(network.sent).toHaveLength(1);
    const { items } = network.sent[0].body as BatchProgressRequest;
    expect(items.map((item) => item.lessonId)).toEqual(['l-1', 'l-2', 'l-3']);
    for (const item of items) expect(item).not.toHaveProperty('userId');
    expect(await store.getAll()).toEqual([]);
  });

  it('sends a single report without the tag too', async () => {
    const network = applyAll();
    const { sync } = createSync(undefined, undefined, AIGUL);

    await sync.report('l-1', { markedDone: true });
    await sync.flush();

    expect(network.sent).toHaveLength(1);
    expect(network.sent[0].body).not.toHaveProperty('userId');
    expect(network.sent[0].body).toEqual(expect.objectContaining({ markedDone: true }));
  });

  it("counts only the signed-in user's reports as pending", async () => {
    serve(new TypeError('Failed to fetch'));
    const store = createMemoryProgressStore();
    await store.add(queuedBy(AIGUL, 1));
    await store.add(queuedBy(AIGUL, 2));
    await store.add(queuedBy(BOLAT, 3));
    const { sync } = createSync(store, { value: false }, BOLAT);

    await sync.flush();
    expect(sync.getSnapshot()).toEqual({ state: 'offline', pending: 1 });

    await sync.report('l-4', { opened: true });
    expect(sync.getSnapshot()).toEqual({ state: 'offline', pending: 2 });

    sync.setUser(null);
    expect(sync.getSnapshot()).toEqual({ state: 'synced', pending: 0 });
    await sync.flush();
    expect(sync.getSnapshot()).toEqual({ state: 'synced', pending: 0 });

    sync.setUser(AIGUL);
    await sync.flush();
    expect(sync.getSnapshot()).toEqual({ state: 'offline', pending: 2 });
    expect(await store.getAll()).toHaveLength(4);
  });

  it('sends nothing while nobody is signed in', async () => {
    const network = applyAll();
    const store = createMemoryProgressStore();
    await store.add(queuedBy(AIGUL, 1));
    await store.add(queued(2)); // from before reports had an author
    const { sync } = createSync(store, undefined, null);

    sync.start();
    await sync.flush({ resume: true });

    expect(network.sent).toEqual([]);
    expect(await store.getAll()).toEqual([queuedBy(AIGUL, 1), queued(2)]);
    expect(sync.getSnapshot()).toEqual({ state: 'synced', pending: 0 });
  });

  it('gives reports saved before they had an author to the first user who signs in, for good', async () => {
    const network = serve(new TypeError('Failed to fetch'));
    const store = createMemoryProgressStore();
    await store.add(queued(1));
    await store.add(queued(2));
    await store.add(queuedBy(BOLAT, 3));
    const { sync } = createSync(store, undefined, null);
    await sync.flush();

    sync.setUser(AIGUL);
    await sync.flush();

    expect(sentEventIds(network.sent)).toEqual([queued(1).eventId, queued(2).eventId]);
    expect(await store.getAll()).toEqual([queuedBy(AIGUL, 1), queuedBy(AIGUL, 2), queuedBy(BOLAT, 3)]);
    expect(sync.getSnapshot()).toEqual({ state: 'pending', pending: 2 });

    // Still Aigul's when Bolat signs in next, even though they could not be sent.
    network.answerWith(applyEverything);
    sync.setUser(BOLAT);
    await sync.flush();

    expect(sentEventIds(network.sent.slice(1))).toEqual([queued(3).eventId]);
    expect(await store.getAll()).toEqual([queuedBy(AIGUL, 1), queuedBy(AIGUL, 2)]);
  });

  it('stops sending a backlog as soon as its user signs out, and a stale 401 does not stop the next user', async () => {
    let releaseFirst = () => {};
    const firstAnswer = new Promise<void>((resolve) => (releaseFirst = resolve));
    let calls = 0;
    const network = serve(async (request) => {
      calls += 1;
      if (calls === 1) {
        await firstAnswer;
        return json(401, { code: 'auth.required', message: 'x' });
      }
      return applyEverything(request);
    });
    const store = createMemoryProgressStore();
    for (let i = 0; i < PROGRESS_LIMITS.batchMax + 2; i += 1) await store.add(queuedBy(AIGUL, i));
    await store.add(queuedBy(BOLAT, 1_000));
    await store.add(queuedBy(BOLAT, 1_001));
    const { sync } = createSync(store, undefined, AIGUL);

    const round = sync.flush();
    await vi.waitFor(() => expect(network.sent).toHaveLength(1));
    sync.setUser(null);
    sync.setUser(BOLAT);
    releaseFirst();
    await round;
    await sync.flush();

    // Aigul's second batch never went out under Bolat's session; Bolat's reports did.
    expect(sentEventIds(network.sent.slice(1))).toEqual([queued(1_000).eventId, queued(1_001).eventId]);
    expect(await store.getAll()).toHaveLength(PROGRESS_LIMITS.batchMax + 2);
    expect(sync.getSnapshot()).toEqual({ state: 'synced', pending: 0 });
  });
});
