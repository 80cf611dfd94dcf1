import { LOCALES, type LessonResponse } from '@bilikti/contracts';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import type { LocalizedText } from './localized-text';

interface OutlineLessonProps {
  lesson: LessonResponse;
  name: LocalizedText;
  courseId: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}

export function OutlineLesson({
  lesson,
  name,
  courseId,
  canMoveUp,
  canMoveDown,
  onMove,
  onDelete,
}: OutlineLessonProps) {
  const { t } = useTranslation(['studio', 'courses']);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: lesson.id,
    attributes: { roleDescription: t('outline.dnd.roleDescription') },
  });

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? 'outline-lesson outline-lesson--dragging' : 'outline-lesson'}
    >
      <button
        ref={setActivatorNodeRef}
        id={`drag-lesson-${lesson.id}`}
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={t('outline.lesson.drag', { name: name.text })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="outline-lesson__main">
        <Link id={`lesson-link-${lesson.id}`} to={paths.studioLesson(courseId, lesson.id)} lang={name.lang}>
          {name.text}
        </Link>
        <span className="outline-lesson__meta">
          {t(`courses:lessonTypes.${lesson.type}`)}
          {lesson.durationMinutes !== null && ` · ${t('courses:minutes', { count: lesson.durationMinutes })}`}
        </span>
        {LOCALES.some((locale) => lesson.needsReview[locale]) && (
          <ul className="badges">
            {LOCALES.filter((locale) => lesson.needsReview[locale]).map((locale) => (
              <li key={locale} className="badge badge--gaps">
                {t(`lesson.review.badge.${locale}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="outline__actions">
        <button
          id={`move-lesson-${lesson.id}-up`}
          type="button"
          className="button button--secondary button--small"
          disabled={!canMoveUp}
          onClick={() => onMove('up')}
          aria-label={t('outline.lesson.moveUp', { name: name.text })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          id={`move-lesson-${lesson.id}-down`}
          type="button"
          className="button button--secondary button--small"
          disabled={!canMoveDown}
          onClick={() => onMove('down')}
          aria-label={t('outline.lesson.moveDown', { name: name.text })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onDelete}
          aria-label={t('outline.lesson.delete', { name: name.text })}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
