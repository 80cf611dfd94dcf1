import { PROGRESS_LIMITS, type ProgressReport } from '@bilikti/contracts';
import { useEffect, useRef } from 'react';

import { reportProgress } from '../../../lib/offline/progress-queue';

/** How often a stretch of continuous playback is reported. */
export const WATCH_REPORT_INTERVAL_MS = 15_000;
/** Closer to the end than this, the video starts from the beginning again rather than resuming. */
const RESUME_END_SLACK_SECONDS = 5;
/** `HTMLMediaElement.HAVE_METADATA`: the duration is known and seeking is possible. */
const HAVE_METADATA = 1;

type VideoReport = Pick<ProgressReport, 'positionSeconds' | 'durationSeconds' | 'watched'>;

const tenths = (seconds: number) => Math.round(seconds * 10) / 10;

function durationOf(video: HTMLVideoElement): number | undefined {
  const duration = video.duration;
  return Number.isFinite(duration) && duration >= 1 ? Math.min(duration, PROGRESS_LIMITS.maxVideoSeconds) : undefined;
}

/** Starts the video where the learner left off, as soon as its metadata has arrived. */
export function useResumePosition(video: HTMLVideoElement | null, positionSeconds: number | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    if (!video || positionSeconds === undefined || done.current) return;
    const resume = () => {
      done.current = true;
      // Not when the learner has already moved in the video, nor right at its end.
      if (positionSeconds <= 0 || video.currentTime > 0) return;
      const duration = durationOf(video);
      if (duration !== undefined && positionSeconds >= duration - RESUME_END_SLACK_SECONDS) return;
      video.currentTime = positionSeconds;
    };
    if (video.readyState >= HAVE_METADATA) {
      resume();
      return;
    }
    video.addEventListener('loadedmetadata', resume);
    return () => video.removeEventListener('loadedmetadata', resume);
  }, [video, positionSeconds]);
}

/**
 * Reports what was watched as stretches of continuous playback, each with the wall-clock time it
 * began (the server refuses a stretch played faster than the player allows): every
 * {@link WATCH_REPORT_INTERVAL_MS} while playing, and on pause, seek, end and leaving the page.
 * Each report also carries the position to resume from and the video's length.
 */
export function useWatchReports(video: HTMLVideoElement | null, lessonId: string, enabled: boolean): void {
  useEffect(() => {
    if (!video || !enabled) return;
    let stretch: { from: number; startedAt: number } | null = null;
    // Where playback was at the last `timeupdate`: during a seek, currentTime already holds the target.
    let lastTime = video.currentTime;
    let timer: number | undefined;

    const send = (to: number) => {
      const report: VideoReport = { positionSeconds: tenths(to) };
      const duration = durationOf(video);
      if (duration !== undefined) report.durationSeconds = tenths(duration);
      if (stretch && to > stretch.from) {
        report.watched = {
          from: tenths(stretch.from),
          to: tenths(to),
          startedAt: new Date(stretch.startedAt).toISOString(),
        };
      }
      stretch = null;
      void reportProgress(lessonId, report);
    };
    const begin = () => {
      lastTime = video.currentTime;
      stretch = { from: lastTime, startedAt: Date.now() };
    };
    const stopTimer = () => {
      window.clearInterval(timer);
      timer = undefined;
    };
    const onTick = () => {
      send(video.currentTime);
      if (!video.paused) begin();
    };
    const onPlay = () => {
      if (!stretch) begin();
      stopTimer();
      timer = window.setInterval(onTick, WATCH_REPORT_INTERVAL_MS);
    };
    const onTimeUpdate = () => {
      if (!video.seeking) lastTime = video.currentTime;
    };
    const onSeeking = () => {
      if (stretch) send(lastTime);
      lastTime = video.currentTime;
      if (!video.paused) begin();
    };
    const onPause = () => {
      stopTimer();
      send(video.currentTime);
    };
    const onEnded = () => {
      stopTimer();
      if (stretch) send(video.currentTime);
    };
    const onLeave = () => {
      if (!stretch) return;
      send(video.currentTime);
      if (!video.paused) begin();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') onLeave();
    };

    const listeners: [string, () => void][] = [
      ['play', onPlay],
      ['timeupdate', onTimeUpdate],
      ['seeking', onSeeking],
      ['pause', onPause],
      ['ended', onEnded],
    ];
    for (const [type, listener] of listeners) video.addEventListener(type, listener);
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('pagehide', onLeave);
    if (!video.paused) onPlay();
    return () => {
      for (const [type, listener] of listeners) video.removeEventListener(type, listener);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', onLeave);
      stopTimer();
      if (stretch) send(video.currentTime);
    };
  }, [video, lessonId, enabled]);
}
