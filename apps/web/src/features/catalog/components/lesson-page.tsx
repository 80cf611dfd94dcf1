import type { EnrolmentLessonProgress, LessonProgressStatus, LessonViewResponse, Locale } from '@bilikti/contracts';
import { Suspense, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { LessonContentView } from '../../../components/content/lesson-content';
import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { SyncIndicator } from '../../../lib/offline/sync-indicator';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useContentLocale } from '../../../lib/use-content-locale';
import { useCourse } from '../hooks/use-course';
import { currentEnrolmentId, useEnrolment } from '../hooks/use-enrolment';
import { useIsLearner } from '../hooks/use-is-learner';
import { useLesson } from '../hooks/use-lesson';
import { useOpenedReport } from '../hooks/use-opened-report';
import { useProgressUpdates } from '../hooks/use-progress-updates';
import { useTimeOnPage } from '../hooks/use-time-on-page';
import { useResumePosition, useWatchReports } from '../hooks/use-video-progress';
import { completionRuleOf } from './completion-rule';
import { ContentLanguageToggle } from './content-language-toggle';
import { EnrolPrompt } from './enrol-prompt';
import { LessonCompletion } from './lesson-completion';
import { flattenSyllabus, lessonLocale } from './lesson-outline';
import { LessonNav } from './lesson-nav';
import { LessonSidebar } from './lesson-sidebar';
import './catalog.css';

/** What the quiz of an assessment lesson needs to show itself. */
export interface QuizPanelProps {
  lessonId: string;
  /** null while the course (and so the enrolment) is loading. */
  enrolled: boolean | null;
  /** `?lang=…` to carry into the attempt. */
  search: string;
}

interface LessonPageProps {
  /**
   * The assessment feature's quiz panel, passed in by the app's routes (one feature never imports
   * another) and loaded lazily, so the lesson route's JavaScript does not grow with it.
   */
  quizPanel?: ComponentType<QuizPanelProps>;
}

export function LessonPage({ quizPanel }: LessonPageProps = {}) {
  const { t } = useTranslation(['catalog', 'courses']);
  const { courseId = '', lessonId = '' } = useParams();
  const lesson = useLesson(lessonId);
  // The syllabus gives the way back and forth; usually cached from the course page already.
  const course = useCourse(courseId);
  const enrolmentId = currentEnrolmentId(course.data);
  const enrolment = useEnrolment(enrolmentId);
  const isLearner = useIsLearner();
  useProgressUpdates();
  const { contentLocale, uiLocale, setContentLocale, search } = useContentLocale();
  const locale = lesson.data ? lessonLocale(lesson.data, contentLocale) : contentLocale;
  useDocumentTitle(lesson.data ? lesson.data.title[locale] : t('lesson.loadingTitle'));

  // An enrolled learner follows the version they enrolled in; anyone else the latest one.
  const modules = enrolment.data?.modules ?? course.data?.modules ?? [];
  const outline = flattenSyllabus(modules);
  const index = outline.findIndex((entry) => entry.lesson.id === lessonId);
  const entry = index >= 0 ? outline[index] : undefined;
  const moduleTitle = entry ? pickLocalized(entry.module.title, contentLocale) : null;
  const progress = useMemo(
    () => new Map((enrolment.data?.lessons ?? []).map((item) => [item.lessonId, item])),
    [enrolment.data],
  );
  const statuses = useMemo(
    () =>
      enrolment.data
        ? new Map<string, LessonProgressStatus>([...progress].map(([id, item]) => [id, item.status]))
        : null,
    [enrolment.data, progress],
  );
  const languages = enrolment.data?.languages ?? course.data?.languages ?? [];

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
      <div className={outline.length > 0 ? 'lesson-layout lesson-layout--with-outline' : 'lesson-layout'}>
        {outline.length > 0 && (
          <LessonSidebar
            courseId={courseId}
            modules={modules}
            currentLessonId={lessonId}
            statuses={statuses}
            contentLocale={contentLocale}
            uiLocale={uiLocale}
            search={search}
          />
        )}
        <div className="lesson-layout__main">
          <div className="lesson-toolbar">
            {entry && moduleTitle && (
              <p className="lesson-page__module">
                {t('course.syllabus.module', { number: entry.moduleIndex + 1 })}:{' '}
                <span lang={langAttribute(moduleTitle.lang, uiLocale)}>{moduleTitle.text}</span>
              </p>
            )}
            {enrolmentId && <SyncIndicator />}
          </div>
          {languages.length > 1 && (
            <ContentLanguageToggle contentLocale={contentLocale} available={languages} onChange={setContentLocale} />
          )}
          {course.data && !enrolmentId && isLearner && <EnrolPrompt course={course.data} />}
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
            <LessonPlayer
              // A fresh player per lesson: a playing video stops, and each lesson reports on its own.
              key={lesson.data.id}
              lesson={lesson.data}
              locale={locale}
              enrolled={enrolmentId !== null}
              progress={progress.get(lesson.data.id)}
              progressLoaded={enrolment.data !== undefined}
              enrolmentKnown={course.data !== undefined || course.isError}
              quizPanel={quizPanel}
              search={search}
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
      </div>
    </div>
  );
}

interface LessonPlayerProps {
  lesson: LessonViewResponse;
  locale: Locale;
  /** Progress is reported only for a learner enrolled in the course. */
  enrolled: boolean;
  progress: EnrolmentLessonProgress | undefined;
  progressLoaded: boolean;
  /** Whether `enrolled` is known yet (the course has loaded). */
  enrolmentKnown: boolean;
  quizPanel: ComponentType<QuizPanelProps> | undefined;
  search: string;
}

function LessonPlayer({
  lesson,
  locale,
  enrolled,
  progress,
  progressLoaded,
  enrolmentKnown,
  quizPanel: QuizPanel,
  search,
}: LessonPlayerProps) {
  const rule = completionRuleOf(lesson);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const opened = useOpenedReport(lesson.id, enrolled);
  useTimeOnPage(lesson.id, enrolled);
  useResumePosition(video, enrolled && progressLoaded ? (progress?.positionSeconds ?? 0) : undefined);
  useWatchReports(video, lesson.id, enrolled && rule === 'watch');

  return (
    <>
      <LessonContentView
        type={lesson.type}
        title={lesson.title[locale]}
        content={lesson.content[locale]}
        media={lesson.media}
        locale={locale}
        durationMinutes={lesson.durationMinutes}
        videoRef={setVideo}
        pdfViewer
        assessment={
          QuizPanel && (
            <Suspense fallback={<LoadingState />}>
              <QuizPanel lessonId={lesson.id} enrolled={enrolmentKnown ? enrolled : null} search={search} />
            </Suspense>
          )
        }
      />
      {enrolled && <LessonCompletion lessonId={lesson.id} rule={rule} status={progress?.status} opened={opened} />}
    </>
  );
}
