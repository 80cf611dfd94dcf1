import type { CourseModuleOutline, LessonProgressStatus, Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LessonTypeIcon } from '../../../components/content/lesson-type-icon';
import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { paths } from '../../../lib/paths';
import { LessonStatus } from './lesson-status';

interface CourseSyllabusProps {
  courseId: string;
  modules: CourseModuleOutline[];
  contentLocale: Locale;
  uiLocale: Locale;
  /** Added to each lesson link, to keep the chosen content language. */
  search: string;
  /** Each lesson's progress, for an enrolled learner. */
  statuses?: ReadonlyMap<string, LessonProgressStatus> | null;
}

export function CourseSyllabus({
  courseId,
  modules,
  contentLocale,
  uiLocale,
  search,
  statuses = null,
}: CourseSyllabusProps) {
  const { t } = useTranslation(['catalog', 'courses']);
  return (
    <ol className="syllabus">
      {modules.map((module, moduleIndex) => {
        const moduleTitle = pickLocalized(module.title, contentLocale);
        return (
          <li key={module.id} className="syllabus__module">
            <h3 className="syllabus__module-title">
              <span className="syllabus__module-number">
                {t('course.syllabus.module', { number: moduleIndex + 1 })}
              </span>{' '}
              <span lang={langAttribute(moduleTitle.lang, uiLocale)}>{moduleTitle.text}</span>
            </h3>
            <ol className="syllabus__lessons">
              {module.lessons.map((lesson) => {
                const title = pickLocalized(lesson.title, contentLocale);
                const status = statuses?.get(lesson.id);
                return (
                  <li key={lesson.id} className="syllabus__lesson">
                    <LessonTypeIcon type={lesson.type} />
                    <div>
                      <Link
                        to={`${paths.courseLesson(courseId, lesson.id)}${search}`}
                        lang={langAttribute(title.lang, uiLocale)}
                      >
                        {title.text}
                      </Link>
                      <p className="syllabus__lesson-meta">
                        <span>{t(`courses:lessonTypes.${lesson.type}`)}</span>
                        {lesson.durationMinutes ? (
                          <span>{t('courses:minutes', { count: lesson.durationMinutes })}</span>
                        ) : null}
                        {status && <LessonStatus status={status} />}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
