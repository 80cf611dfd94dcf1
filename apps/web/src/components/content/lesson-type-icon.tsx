import type { LessonType } from '@bilikti/contracts';

interface LessonTypeIconProps {
  type: LessonType;
}

/** Outline shapes, one per lesson type; always next to the type's name, so hidden from screen readers. */
const SHAPES: Record<LessonType, string> = {
  text: 'M5 3h10l4 4v14H5z M8 10h8 M8 14h8 M8 18h5',
  video: 'M3 5h18v14H3z M10 9v6l5-3z',
  document: 'M6 3h8l4 4v14H6z M14 3v4h4 M9 13h6 M9 17h6',
  assessment: 'M4 4h16v16H4z M8 12l3 3 5-6',
};

export function LessonTypeIcon({ type }: LessonTypeIconProps) {
  return (
    <svg
      className="lesson-type-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={SHAPES[type]} />
    </svg>
  );
}
