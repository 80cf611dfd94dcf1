import type { CourseListItem } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { pickText } from './localized-text';

interface StudioCourseListProps {
  courses: CourseListItem[];
  /** True while the next page loads and these are the previous rows. */
  busy: boolean;
}

/** Cards rather than a table: they read well on a 360 px phone without sideways scrolling. */
export function StudioCourseList({ courses, busy }: StudioCourseListProps) {
  const { t, i18n } = useTranslation(['studio', 'courses']);
  const locale = currentLocale(i18n);

  return (
    <ul className="studio-list" aria-busy={busy || undefined} aria-label={t('list.label')}>
      {courses.map((course) => {
        const title = pickText(course.title, locale);
        return (
          <li key={course.id} className="card studio-list__item">
            <h2 className="studio-list__title">
              <Link to={paths.studioCourse(course.id)} lang={title?.lang}>
                {title?.text ?? t('common.untitledCourse')}
              </Link>
            </h2>
            <p className="studio-list__meta">
              <span className="studio-code">{course.code}</span>
              <span>{t('list.counts', { modules: course.moduleCount, lessons: course.lessonCount })}</span>
            </p>
            <ul className="badges" aria-label={t('list.stateLabel')}>
              <li className={`badge badge--${course.status}`}>{t(`courses:statuses.${course.status}`)}</li>
              {course.parityComplete === true && <li className="badge badge--complete">{t('list.badges.complete')}</li>}
              {course.parityComplete === false && <li className="badge badge--gaps">{t('list.badges.incomplete')}</li>}
              {course.hasUnpublishedChanges && course.status !== 'draft' && (
                <li className="badge badge--changes">{t('list.badges.unpublishedChanges')}</li>
              )}
            </ul>
            <p className="studio-list__dates">
              {course.versionNumber !== null && course.publishedAt
                ? t('list.published', { number: course.versionNumber, date: formatDateTime(course.publishedAt) })
                : t('list.neverPublished')}{' '}
              {t('list.updated', { date: formatDateTime(course.updatedAt) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
