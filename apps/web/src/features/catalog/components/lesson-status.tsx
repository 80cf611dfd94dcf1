import type { LessonProgressStatus } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

/** An empty ring, a half-filled one, a filled one with a tick; always next to the status in words. */
export function LessonStatusIcon({ status }: { status: LessonProgressStatus }) {
  return (
    <svg
      className={`lesson-status-icon lesson-status-icon--${status}`}
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <circle
        cx="10"
        cy="10"
        r="8"
        fill={status === 'completed' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
      />
      {status === 'in_progress' && <path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor" />}
      {status === 'completed' && (
        <path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** A lesson's progress as an icon and a word: "Not started", "In progress", "Done". */
export function LessonStatus({ status }: { status: LessonProgressStatus }) {
  const { t } = useTranslation('learning');
  return (
    <span className={`lesson-status lesson-status--${status}`}>
      <LessonStatusIcon status={status} />
      <span>{t(`lessonStatus.${status}`)}</span>
    </span>
  );
}
