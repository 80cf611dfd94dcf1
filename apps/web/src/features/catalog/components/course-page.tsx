import type { CourseResponse, LessonProgressStatus } from '@bilikti/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useContentLocale, type ContentLocale } from '../../../lib/use-content-locale';
import { useCourse } from '../hooks/use-course';
import { currentEnrolmentId, useEnrolment } from '../hooks/use-enrolment';
import { useIsLearner } from '../hooks/use-is-learner';
import { ContentLanguageToggle } from './content-language-toggle';
import { CourseCover } from './course-cover';
import { CourseSyllabus } from './course-syllabus';
import { EnrolmentPanel } from './enrolment-panel';
import { formatDate } from './format-date';
import './catalog.css';

export function CoursePage() {
  const { t } = useTranslation('catalog');
  const { courseId = '' } = useParams();
  const course = useCourse(courseId);
  const language = useContentLocale();
  useDocumentTitle(
    course.data ? pickLocalized(course.data.title, language.contentLocale).text : t('course.loadingTitle'),
  );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={paths.catalog}>{t('course.backToCatalog')}</Link>
      </p>
      {course.isPending ? (
        <>
          <h1>{t('course.loadingTitle')}</h1>
          <LoadingState />
        </>
      ) : course.isError ? (
        <>
          <h1>{t('course.loadingTitle')}</h1>
          <ErrorState error={course.error} onRetry={() => void course.refetch()} />
        </>
      ) : (
        <CourseDetails course={course.data} language={language} />
      )}
    </div>
  );
}

interface CourseDetailsProps {
  course: CourseResponse;
  language: ContentLocale;
}

function CourseDetails({ course, language }: CourseDetailsProps) {
  const { t } = useTranslation(['catalog', 'courses']);
  const { contentLocale, uiLocale, setContentLocale, search } = language;
  const title = pickLocalized(course.title, contentLocale);
  const summary = pickLocalized(course.summary, contentLocale);
  const provider = pickLocalized(course.provider.name, uiLocale);
  const lessonCount = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);
  const firstLesson = course.modules.find((module) => module.lessons.length > 0)?.lessons[0];
  const isLearner = useIsLearner();
  const enrolmentId = currentEnrolmentId(course);
  // Shared with the enrolment panel (one request): each lesson's progress in the syllabus.
  const enrolment = useEnrolment(enrolmentId);
  const statuses = useMemo(
    () =>
      enrolment.data
        ? new Map<string, LessonProgressStatus>(
            enrolment.data.lessons.map((lesson) => [lesson.lessonId, lesson.status]),
          )
        : null,
    [enrolment.data],
  );

  return (
    <>
      <header className="course-hero">
        <CourseCover coverMediaId={course.coverMediaId} loading="eager" className="course-hero__cover" />
        <div className="course-hero__text">
          <h1 lang={langAttribute(title.lang, uiLocale)}>{title.text}</h1>
          {summary.text.trim() !== '' && (
            <p className="course-hero__summary" lang={langAttribute(summary.lang, uiLocale)}>
              {summary.text}
            </p>
          )}
          <ContentLanguageToggle
            contentLocale={contentLocale}
            available={course.languages}
            onChange={setContentLocale}
          />
        </div>
      </header>

      {isLearner && <EnrolmentPanel course={course} search={search} />}

      <section className="card" aria-labelledby="course-details">
        <h2 id="course-details">{t('course.details.label')}</h2>
        <dl className="details">
          <div>
            <dt>{t('course.details.provider')}</dt>
            <dd lang={langAttribute(provider.lang, uiLocale)}>{provider.text}</dd>
          </div>
          {course.authors.length > 0 && (
            <div>
              <dt>{t('course.details.authors')}</dt>
              <dd>{course.authors.map((author) => author.fullName).join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>{t('course.details.audience')}</dt>
            <dd>{t(`courses:audiences.${course.audience}`)}</dd>
          </div>
          <div>
            <dt>{t('course.details.volume')}</dt>
            <dd>{t('courses:academicHours', { count: course.academicHours })}</dd>
          </div>
          <div>
            <dt>{t('course.details.version')}</dt>
            <dd>
              {t('course.details.versionValue', {
                number: course.version.number,
                date: formatDate(course.version.publishedAt),
              })}
            </dd>
          </div>
        </dl>
        {course.topics.length > 0 && (
          <>
            <h3 className="course-topics__title">{t('course.topics')}</h3>
            <ul className="tags">
              {course.topics.map((topic) => (
                <li key={topic} className="tag">
                  {t(`courses:topics.${topic}`)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="course-syllabus">
        <div className="page-heading course-section-heading">
          <h2 id="course-syllabus">{t('course.syllabus.title')}</h2>
          {firstLesson && !enrolmentId && (
            <Link to={`${paths.courseLesson(course.id, firstLesson.id)}${search}`} className="button">
              {t('course.syllabus.start')}
            </Link>
          )}
        </div>
        <p className="course-syllabus__counts">
          {t('courses:modulesCount', { count: course.modules.length })},{' '}
          {t('courses:lessonsCount', { count: lessonCount })}
        </p>
        {lessonCount > 0 ? (
          <CourseSyllabus
            courseId={course.id}
            modules={course.modules}
            contentLocale={contentLocale}
            uiLocale={uiLocale}
            search={search}
            statuses={statuses}
          />
        ) : (
          <p className="empty-state">{t('course.syllabus.empty')}</p>
        )}
      </section>
    </>
  );
}
