import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { LessonContentView } from '../../../components/content/lesson-content';
import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useContentLocale } from '../hooks/use-content-locale';
import { useCourse } from '../hooks/use-course';
import { useLesson } from '../hooks/use-lesson';
import { flattenSyllabus, lessonLocale } from './lesson-outline';
import { LessonNav } from './lesson-nav';
import './catalog.css';

export function LessonPage() {
  const { t } = useTranslation(['catalog', 'courses']);
  const { courseId = '', lessonId = '' } = useParams();
  const lesson = useLesson(lessonId);
  // The syllabus gives the way back and forth; usually cached from the course page already.
  const course = useCourse(courseId);
  const { contentLocale, uiLocale, search } = useContentLocale();
  const locale = lesson.data ? lessonLocale(lesson.data, contentLocale) : contentLocale;
  useDocumentTitle(lesson.data ? lesson.data.title[locale] : t('lesson.loadingTitle'));

  const outline = course.data ? flattenSyllabus(course.data.modules) : [];
  const index = outline.findIndex((entry) => entry.lesson.id === lessonId);
  const entry = index >= 0 ? outline[index] : undefined;
  const moduleTitle = entry ? pickLocalized(entry.module.title, contentLocale) : null;

  // Moving to the next lesson from the bottom of a long one should start at its top.
  const pageRef = useRef<HTMLDivElement>(null);
  const shownLesson = useRef(lessonId);
  useEffect(() => {
    if (lessonId === shownLesson.current) return;
    shownLesson.current = lessonId;
    pageRef.current?.scrollIntoView?.({ block: 'start' });
  }, [lessonId]);

  return (
    <div className="page lesson-page" ref={pageRef}>
      <p className="breadcrumb">
        <Link to={`${paths.course(courseId)}${search}`}>{t('lesson.backToCourse')}</Link>
      </p>
      {entry && moduleTitle && (
        <p className="lesson-page__module">
          {t('course.syllabus.module', { number: entry.moduleIndex + 1 })}:{' '}
          <span lang={langAttribute(moduleTitle.lang, uiLocale)}>{moduleTitle.text}</span>
        </p>
      )}
      {lesson.isPending ? (
        <>
          <h1>{t('lesson.loadingTitle')}</h1>
          <LoadingState />
        </>
      ) : lesson.isError ? (
        <>
          <h1>{t('lesson.loadingTitle')}</h1>
          <ErrorState error={lesson.error} onRetry={() => void lesson.refetch()} />
        </>
      ) : (
        <LessonContentView
          // A fresh view per lesson, so a playing video stops when the learner moves on.
          key={lesson.data.id}
          type={lesson.data.type}
          title={lesson.data.title[locale]}
          content={lesson.data.content[locale]}
          media={lesson.data.media}
          locale={locale}
          durationMinutes={lesson.data.durationMinutes}
        />
      )}
      {index >= 0 && (
        <LessonNav
          courseId={courseId}
          outline={outline}
          index={index}
          contentLocale={contentLocale}
          uiLocale={uiLocale}
          search={search}
        />
      )}
    </div>
  );
}
