import { useTranslation } from 'react-i18next';

import './course-progress.css';

interface CourseProgressProps {
  /** 0–100. */
  percent: number;
  /** What the bar measures, for screen readers ("Course progress"). */
  label: string;
}

/** A learner's progress through a course: a bar and the percentage in words. */
export function CourseProgress({ percent, label }: CourseProgressProps) {
  const { t } = useTranslation('courses');
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="course-progress">
      <progress className="course-progress__bar" max={100} value={value} aria-label={label} />
      <span className="course-progress__value">{t('progress.percent', { percent: value })}</span>
    </div>
  );
}
