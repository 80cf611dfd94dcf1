import type { LessonProgressResponse } from '@bilikti/contracts';
import { describe, expect, it, vi } from 'vitest';

describe('progress queue (the app-wide instance)', () => {
  it('sends a report right away and tells listeners what the server applied', async () => {
    const progress = { lessonId: 'l-1', status: 'completed' } as LessonProgressResponse;
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(progress), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const { flushProgressQueue, onProgressApplied, reportProgress } = await import('./progress-queue');
    const applied = vi.fn();
    const stop = onProgressApplied(applied);

    await reportProgress('l-1', { markedDone: true });
    await flushProgressQueue();
    stop();

    expect(fetchMock).toHaveBeenCalledWith('/api/lessons/l-1/progress', expect.objectContaining({ method: 'PUT' }));
    expect(applied).toHaveBeenCalledWith(progress);
    // jsdom has no IndexedDB: the report went through localStorage and is gone now.
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith('bilikti.progress.'))).toEqual([]);
  });
});
