import type { Logger } from '@nestjs/common';
import { HOUR_MS, repeatEvery } from './repeating-job';

describe('repeatEvery', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the job at each interval, logs a failure and keeps going until stopped', async () => {
    const warn = jest.fn();
    const job = jest.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(undefined);
    const stop = repeatEvery(HOUR_MS, job, { warn } as unknown as Logger, 'Cleanup');

    await jest.advanceTimersByTimeAsync(HOUR_MS);
    expect(job).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error) }),
      expect.stringContaining('Cleanup'),
    );

    await jest.advanceTimersByTimeAsync(HOUR_MS);
    expect(job).toHaveBeenCalledTimes(2);

    stop();
    await jest.advanceTimersByTimeAsync(3 * HOUR_MS);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('does not start a run while the previous one is still going', async () => {
    let finish = () => {};
    const job = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = repeatEvery(1000, job, { warn: jest.fn() } as unknown as Logger, 'Sweep');

    await jest.advanceTimersByTimeAsync(3000);
    expect(job).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect(job).toHaveBeenCalledTimes(2);
    stop();
  });
});
