import type { CourseModuleOutline, LessonProgressStatus, Locale } from '@bilikti/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LessonTypeIcon } from '../../../components/content/lesson-type-icon';
import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { paths } from '../../../lib/paths';
import { LessonStatus } from './lesson-status';

interface LessonSidebarProps {
  courseId: string;
  modules: CourseModuleOutline[];
  currentLessonId: string;
  /** Each lesson's progress, when the learner is enrolled. */
  statuses: ReadonlyMap<string, LessonProgressStatus> | null;
  contentLocale: Locale;
  uiLocale: Locale;
  search: string;
}

/**
 * The course's outline next to the lesson. On a phone it folds into one line above the lesson,
 * so the lesson itself comes first; wider screens show it as a column.
 */
export function LessonSidebar({
  courseId,
  modules,
  currentLessonId,
  statuses,
  contentLocale,
  uiLocale,
  search,
}: LessonSidebarProps) {
  const { t } = useTranslation(['learning', 'catalog']);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const total = modules.reduce((sum, module) => sum + module.lessons.length, 0);
  const done = statuses ? [...statuses.values()].filter((status) => status === 'completed').length : null;
  const summary = done === null ? null : t('player.outline.summary', { done, total });

  return (
    <nav
      className={open ? 'lesson-sidebar lesson-sidebar--open' : 'lesson-sidebar'}
      aria-label={t('player.outline.label')}
    >
      <button
        type="button"
        className="lesson-sidebar__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="lesson-sidebar__heading">{t('player.outline.label')}</span>
        {summary && <span className="lesson-sidebar__summary">{summary}</span>}
      </button>
      <div className="lesson-sidebar__header">
        <h2 className="lesson-sidebar__heading">{t('player.outline.label')}</h2>
        {summary && <p className="lesson-sidebar__summary">{summary}</p>}
      </div>
      <ol id={bodyId} className="lesson-sidebar__modules">
        {modules.map((module, moduleIndex) => {
          const moduleTitle = pickLocalized(module.title, contentLocale);
          return (
            <li key={module.id}>
              <p className="lesson-sidebar__module">
                <span className="lesson-sidebar__module-number">
                  {t('catalog:course.syllabus.module', { number: moduleIndex + 1 })}
                </span>{' '}
                <span lang={langAttribute(moduleTitle.lang, uiLocale)}>{moduleTitle.text}</span>
              </p>
              <ol className="lesson-sidebar__lessons">
                {module.lessons.map((lesson) => {
                  const title = pickLocalized(lesson.title, contentLocale);
                  const status = statuses?.get(lesson.id);
                  const current = lesson.id === currentLessonId;
                  return (
                    <li key={lesson.id}>
                      <Link
                        to={`${paths.courseLesson(courseId, lesson.id)}${search}`}
                        className="lesson-sidebar__lesson"
                        aria-current={current ? 'page' : undefined}
                        onClick={() => setOpen(false)}
                      >
                        <LessonTypeIcon type={lesson.type} />
                        <span className="lesson-sidebar__lesson-text">
                          <span lang={langAttribute(title.lang, uiLocale)}>{title.text}</span>{' '}
                          {status && <LessonStatus status={status} />}
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
