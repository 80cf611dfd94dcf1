import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useRemainingSeconds } from '../hooks/use-remaining-seconds';

const FIVE_MINUTES = 5 * 60;
const ONE_MINUTE = 60;

const pad = (value: number) => String(value).padStart(2, '0');

/** "mm:ss", or "h:mm:ss" for an hour or more. */
export function formatClock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

interface CountdownProps {
  deadlineAt: string;
  /** The server's clock minus this device's. */
  clockOffsetMs: number;
  /** Called once when the time runs out. */
  onTimeUp: () => void;
}

/**
 * The time left by the server's clock. The visible timer stays silent (a screen reader reading
 * every second would drown the questions); a polite message says when 5 minutes and 1 minute are left.
 */
export function Countdown({ deadlineAt, clockOffsetMs, onTimeUp }: CountdownProps) {
  const { t } = useTranslation('assessment');
  const labelId = useId();
  const seconds = useRemainingSeconds(Date.parse(deadlineAt), clockOffsetMs);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(seconds);
  const timeUpSent = useRef(false);
  const onTimeUpRef = useRef(onTimeUp);
  useEffect(() => {
    onTimeUpRef.current = onTimeUp;
  });

  useEffect(() => {
    const before = previous.current;
    previous.current = seconds;
    // Only on crossing a mark: opening the attempt with 3 minutes left says nothing about 5.
    if (before > FIVE_MINUTES && seconds <= FIVE_MINUTES && seconds > ONE_MINUTE) {
      setAnnouncement(t('attempt.timer.fiveMinutes'));
    } else if (before > ONE_MINUTE && seconds <= ONE_MINUTE && seconds > 0) {
      setAnnouncement(t('attempt.timer.oneMinute'));
    }
    if (seconds === 0 && !timeUpSent.current) {
      timeUpSent.current = true;
      onTimeUpRef.current();
    }
  }, [seconds, t]);

  const urgent = seconds <= FIVE_MINUTES;
  return (
    <div className={urgent ? 'attempt-timer attempt-timer--urgent' : 'attempt-timer'}>
      <span id={labelId} className="attempt-timer__label">
        {t('attempt.timer.label')}
      </span>
      <span role="timer" aria-labelledby={labelId} className="attempt-timer__value">
        {formatClock(seconds)}
      </span>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
