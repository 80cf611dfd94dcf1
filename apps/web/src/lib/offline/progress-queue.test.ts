import type { BatchProgressRequest, LessonProgressResponse } from '@bilikti/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { QueuedReport } from './progress-store';

/** A fresh app-wide queue for each test, as on a new page. */
beforeEach(() => {
  vi.resetModules();
});

function leftByEarlierVisit(index: number, userId?: string): QueuedReport {
  const report: QueuedReport = {
    eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, 0, index)).toISOString(),
    lessonId: `l-${index}`,
    opened: true,
    ...(userId && { userId }),
  };
  window.localStorage.setItem(`bilikti.progress.${report.eventId}`, JSON.stringify(report));
  return report;
}

describe('progress queue (the app-wide instance)', () => {
  it('sends a report right away and tells listeners what the server applied', async () => {
    const progress = { lessonId: 'l-1', status: 'completed' } as LessonProgressResponse;
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(progress), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const { flushProgressQueue, onProgressApplied, reportProgress, setProgressUser } = await import('./progress-queue');
    const applied = vi.fn();
    const stop = onProgressApplied(applied);
    setProgressUser('u-1');

    await reportProgress('l-1', { markedDone: true });
    await flushProgressQueue();
    stop();

    expect(fetchMock).toHaveBeenCalledWith('/api/lessons/l-1/progress', expect.objectContaining({ method: 'PUT' }));
    expect(applied).toHaveBeenCalledWith(progress);
    // jsdom has no IndexedDB: the report went through localStorage and is gone now.
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith('bilikti.progress.'))).toEqual([]);
  });

  it("sends what an earlier visit left as soon as the user is known, without a lesson page, and only that user's", async () => {
    const sent: BatchProgressRequest[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init: RequestInit) => {
        const request = JSON.parse(String(init.body)) as BatchProgressRequest;
        sent.push(request);
        const results = request.items.map((item) => ({ ...item, outcome: 'applied' }));
        return new Response(JSON.stringify({ results }), { status: 200 });
      }),
    );
    const mine = leftByEarlierVisit(1, 'u-1');
    const legacy = leftByEarlierVisit(2);
    const someoneElses = leftByEarlierVisit(3, 'u-2');
    const { flushProgressQueue, setProgressUser } = await import('./progress-queue');

    setProgressUser(null);
    await flushProgressQueue();
    expect(sent).toEqual([]);

    setProgressUser('u-1');
    await flushProgressQueue();

    const { userId: _mine, ...mineAsSent } = mine;
    expect(sent).toEqual([{ items: [mineAsSent, legacy] }]);
    const left = Object.keys(window.localStorage).filter((key) => key.startsWith('bilikti.progress.'));
    expect(left).toEqual([`bilikti.progress.${someoneElses.eventId}`]);
  });
});
