import type { Pool } from 'pg';
import type { NormalisedReport } from './progress-rules';
import { type AppliedRow, type PendingReport, ProgressWriter } from './progress-writer';

const normalised: NormalisedReport = {
  occurredAt: new Date('2026-11-01T10:00:00Z'),
  opened: true,
  markedDone: false,
  timeSpentSeconds: 5,
  positionSeconds: 0,
  durationSeconds: null,
  watched: null,
};
const report = (userId: string, eventId = `${userId}-${Math.random()}`): PendingReport => ({
  eventId,
  userId,
  lessonId: 'lesson',
  report: normalised,
  needs: null,
});

/** A pool whose statements finish when the test says, answering one row per report (its event id). */
function fakePool(fail?: (eventIds: string[]) => boolean) {
  const statements: { eventIds: string[]; finish: () => void }[] = [];
  const pool = {
    query: ({ values }: { values: unknown[] }) => {
      const eventIds = values[0] as string[];
      return new Promise((resolve, reject) => {
        statements.push({
          eventIds,
          finish: () =>
            fail?.(eventIds)
              ? reject(new Error('statement failed'))
              : resolve({ rows: eventIds.map((id, i) => ({ idx: String(i + 1), enrolment_id: id })) }),
        });
      });
    },
  };
  return { pool: pool as unknown as Pool, statements };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const eventOf = (row: AppliedRow | undefined) => row?.enrolment_id;

describe('ProgressWriter', () => {
  it('applies a report at once when nothing else is running', async () => {
    const { pool, statements } = fakePool();
    const writer = new ProgressWriter(() => pool, { maxBatch: 10, maxInFlight: 2, stallMs: 0 });
    const written = writer.write(report('a', 'e1'));
    expect(statements.map((s) => s.eventIds)).toEqual([['e1']]);
    statements[0]!.finish();
    expect(eventOf(await written)).toBe('e1');
  });

  it('sends reports that wait for a free statement together, one per learner, in arrival order', async () => {
    const { pool, statements } = fakePool();
    const writer = new ProgressWriter(() => pool, { maxBatch: 3, maxInFlight: 1, stallMs: 0 });
    const first = writer.write(report('a', 'a1'));
    const rest = [
      writer.write(report('a', 'a2')),
      writer.write(report('b', 'b1')),
      writer.write(report('a', 'a3')),
      writer.write(report('c', 'c1')),
      writer.write(report('d', 'd1')),
      writer.write(report('e', 'e1')),
    ];
    expect(statements).toHaveLength(1);

    statements[0]!.finish();
    await flush();
    // a2 waited while a1 ran; a3 waits for a2; e1 waits for room (three at most).
    expect(statements[1]!.eventIds).toEqual(['a2', 'b1', 'c1']);
    statements[1]!.finish();
    await flush();
    expect(statements[2]!.eventIds).toEqual(['a3', 'd1', 'e1']);
    statements[2]!.finish();

    expect(eventOf(await first)).toBe('a1');
    expect((await Promise.all(rest)).map(eventOf)).toEqual(['a2', 'b1', 'a3', 'c1', 'd1', 'e1']);
  });

  it('keeps a learner out of a second statement while one of theirs is running', async () => {
    const { pool, statements } = fakePool();
    const writer = new ProgressWriter(() => pool, { maxBatch: 10, maxInFlight: 4, stallMs: 0 });
    void writer.write(report('a', 'a1'));
    void writer.write(report('a', 'a2'));
    void writer.write(report('b', 'b1'));
    expect(statements.map((s) => s.eventIds)).toEqual([['a1'], ['b1']]);
    statements[0]!.finish();
    await flush();
    expect(statements[2]!.eventIds).toEqual(['a2']);
  });

  it('starts a further statement only once reports have waited for the running one too long', async () => {
    jest.useFakeTimers();
    try {
      const { pool, statements } = fakePool();
      const writer = new ProgressWriter(() => pool, { maxBatch: 10, maxInFlight: 2, stallMs: 20 });
      void writer.write(report('a', 'a1'));
      jest.advanceTimersByTime(5);
      void writer.write(report('b', 'b1'));
      void writer.write(report('c', 'c1'));
      jest.advanceTimersByTime(19);
      expect(statements).toHaveLength(1);
      // b1 has waited 20 ms: the first statement is held up, so b1 and c1 go in a second one.
      jest.advanceTimersByTime(1);
      expect(statements.map((s) => s.eventIds)).toEqual([['a1'], ['b1', 'c1']]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('retries each report alone when a shared statement fails, so only the bad one fails', async () => {
    const { pool, statements } = fakePool((ids) => ids.includes('bad'));
    const writer = new ProgressWriter(() => pool, { maxBatch: 10, maxInFlight: 1, stallMs: 0 });
    const first = writer.write(report('a', 'a1'));
    const good = writer.write(report('b', 'b1'));
    const bad = writer.write(report('c', 'bad')).catch((error: unknown) => error);
    const alsoGood = writer.write(report('d', 'd1'));
    statements[0]!.finish();
    await flush();
    expect(statements[1]!.eventIds).toEqual(['b1', 'bad', 'd1']);
    statements[1]!.finish();
    for (let i = 2; i < 5; i++) {
      await flush();
      statements[i]!.finish();
    }

    expect(eventOf(await first)).toBe('a1');
    expect(eventOf(await good)).toBe('b1');
    expect(await bad).toEqual(new Error('statement failed'));
    expect(eventOf(await alsoGood)).toBe('d1');
    expect(statements.slice(2).map((s) => s.eventIds)).toEqual([['b1'], ['bad'], ['d1']]);
  });
});
