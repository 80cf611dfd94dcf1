import type { Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CourseProgress } from '../../../components/content/course-progress';
import { langAttribute, pickLocalized, type LocalizedText } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useContinueLearning } from '../hooks/use-continue-learning';
import './home.css';

/** "Continue where I left off": the learner's most recent course, one tap from its next lesson. */
export function ContinueLearningCard() {
  const { t, i18n } = useTranslation('home');
  const locale = currentLocale(i18n);
  const { mine, current, lesson } = useContinueLearning();

  return (
    <section className="card continue-card" aria-labelledby="home-continue">
      <h2 id="home-continue">{t('continue.title')}</h2>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : current ? (
        <CurrentCourse
          courseId={current.course.id}
          title={pickLocalized(current.course.title, locale)}
          lessonId={current.continueLessonId}
          lessonTitle={lesson ? pickLocalized(lesson.title, locale) : null}
          percent={current.percent}
          locale={locale}
        />
      ) : (
        <p>
          {t('continue.none')} <Link to={paths.catalog}>{t('continue.findCourse')}</Link>
        </p>
      )}
      {mine.data && (mine.data.active.length > 0 || mine.data.completed.length > 0) && (
        <p className="continue-card__more">
          <Link to={paths.myLearning}>{t('continue.allLearning')}</Link>
        </p>
      )}
    </section>
  );
}

interface CurrentCourseProps {
  courseId: string;
  title: LocalizedText;
  lessonId: string | null;
  lessonTitle: LocalizedText | null;
  percent: number;
  locale: Locale;
}

function CurrentCourse({ courseId, title, lessonId, lessonTitle, percent, locale }: CurrentCourseProps) {
  const { t } = useTranslation('home');
  return (
    <>
      <h3 className="continue-card__course" lang={langAttribute(title.lang, locale)}>
        <Link to={paths.course(courseId)}>{title.text}</Link>
      </h3>
      {lessonTitle && (
        <p className="continue-card__lesson">
          {t('continue.lesson')} <span lang={langAttribute(lessonTitle.lang, locale)}>{lessonTitle.text}</span>
        </p>
      )}
      <CourseProgress percent={percent} label={t('continue.progressLabel')} />
      <p className="continue-card__actions">
        <Link to={lessonId ? paths.courseLesson(courseId, lessonId) : paths.course(courseId)} className="button">
          {t('continue.action')}
        </Link>
      </p>
    </>
  );
}
