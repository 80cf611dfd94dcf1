import type { CourseListItem, Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { paths } from '../../../lib/paths';
import { CourseCover } from './course-cover';

interface CourseCardProps {
  course: CourseListItem;
  locale: Locale;
}

export function CourseCard({ course, locale }: CourseCardProps) {
  const { t } = useTranslation(['catalog', 'courses']);
  const title = pickLocalized(course.title, locale);
  const summary = pickLocalized(course.summary, locale);
  const provider = pickLocalized(course.provider.name, locale);
  const titleId = `course-card-${course.id}`;

  return (
    <article className="course-card" aria-labelledby={titleId}>
      <CourseCover coverMediaId={course.coverMediaId} loading="lazy" className="course-card__cover" />
      <div className="course-card__body">
        <h2 id={titleId} className="course-card__title" lang={langAttribute(title.lang, locale)}>
          <Link to={paths.course(course.id)}>{title.text}</Link>
        </h2>
        {summary.text.trim() !== '' && (
          <p className="course-card__summary" lang={langAttribute(summary.lang, locale)}>
            {summary.text}
          </p>
        )}
        <dl className="course-meta">
          <div>
            <dt>{t('card.provider')}</dt>
            <dd lang={langAttribute(provider.lang, locale)}>{provider.text}</dd>
          </div>
          <div>
            <dt>{t('card.audience')}</dt>
            <dd>{t(`courses:audiences.${course.audience}`)}</dd>
          </div>
          <div>
            <dt>{t('card.volume')}</dt>
            <dd>{t('courses:academicHours', { count: course.academicHours })}</dd>
          </div>
          <div>
            <dt>{t('card.structure')}</dt>
            <dd>
              {t('courses:modulesCount', { count: course.moduleCount })},{' '}
              {t('courses:lessonsCount', { count: course.lessonCount })}
            </dd>
          </div>
          {course.languages.length > 0 && (
            <div>
              <dt>{t('card.languages')}</dt>
              <dd>{course.languages.map((language) => t(`courses:languages.${language}`)).join(', ')}</dd>
            </div>
          )}
        </dl>
        {course.topics.length > 0 && (
          <ul className="tags course-card__topics" aria-label={t('card.topics')}>
            {course.topics.map((topic) => (
              <li key={topic} className="tag">
                {t(`courses:topics.${topic}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
