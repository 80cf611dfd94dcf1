import type { EnrolmentSummary, Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CourseProgress } from '../../../components/content/course-progress';
import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyEnrolments } from '../hooks/use-enrolment';
import { formatDate } from './format-date';
import './catalog.css';

/** Overdue courses first; otherwise the server's order (by due date, then most recently used). */
export function overdueFirst(enrolments: EnrolmentSummary[]): EnrolmentSummary[] {
  return [...enrolments.filter((item) => item.overdue), ...enrolments.filter((item) => !item.overdue)];
}

export function MyLearningPage() {
  const { t, i18n } = useTranslation('learning');
  const locale = currentLocale(i18n);
  const mine = useMyEnrolments();
  useDocumentTitle(t('myLearning.title'));

  return (
    <div className="page">
      <h1>{t('myLearning.title')}</h1>
      <p className="lead">{t('myLearning.lead')}</p>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.active.length === 0 && mine.data.completed.length === 0 ? (
        <div className="empty-state">
          <p>{t('myLearning.empty.text')}</p>
          <Link to={paths.catalog} className="button">
            {t('myLearning.empty.catalog')}
          </Link>
        </div>
      ) : (
        <>
          <section aria-labelledby="my-learning-active" className="my-learning__section">
            <h2 id="my-learning-active">{t('myLearning.active.title')}</h2>
            {mine.data.active.length > 0 ? (
              <ul className="my-learning__list">
                {overdueFirst(mine.data.active).map((enrolment) => (
                  <li key={enrolment.id}>
                    <ActiveEnrolment enrolment={enrolment} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty-state">
                {t('myLearning.active.empty')} <Link to={paths.catalog}>{t('myLearning.empty.catalog')}</Link>
              </p>
            )}
          </section>
          {mine.data.completed.length > 0 && (
            <section aria-labelledby="my-learning-completed" className="my-learning__section">
              <h2 id="my-learning-completed">{t('myLearning.completed.title')}</h2>
              <ul className="my-learning__list">
                {mine.data.completed.map((enrolment) => (
                  <li key={enrolment.id}>
                    <CompletedEnrolment enrolment={enrolment} locale={locale} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

interface EnrolmentProps {
  enrolment: EnrolmentSummary;
  locale: Locale;
}

function CourseTitle({ enrolment, locale, id }: EnrolmentProps & { id: string }) {
  const title = pickLocalized(enrolment.course.title, locale);
  return (
    <h3 id={id} className="enrolment-card__title" lang={langAttribute(title.lang, locale)}>
      <Link to={paths.course(enrolment.course.id)}>{title.text}</Link>
    </h3>
  );
}

function Provider({ enrolment, locale }: EnrolmentProps) {
  const provider = pickLocalized(enrolment.course.provider.name, locale);
  return (
    <p className="enrolment-card__provider" lang={langAttribute(provider.lang, locale)}>
      {provider.text}
    </p>
  );
}

function ActiveEnrolment({ enrolment, locale }: EnrolmentProps) {
  const { t } = useTranslation('learning');
  const titleId = `enrolment-${enrolment.id}`;
  const continueTo = enrolment.continueLessonId
    ? paths.courseLesson(enrolment.course.id, enrolment.continueLessonId)
    : paths.course(enrolment.course.id);
  return (
    <article
      className={enrolment.overdue ? 'enrolment-card enrolment-card--overdue' : 'enrolment-card'}
      aria-labelledby={titleId}
    >
      <CourseTitle enrolment={enrolment} locale={locale} id={titleId} />
      <Provider enrolment={enrolment} locale={locale} />
      {(enrolment.dueAt || enrolment.source === 'assignment') && (
        <p className="enrolment-card__meta">
          {enrolment.dueAt && (
            <span
              className={enrolment.overdue ? 'enrolment-card__due enrolment-card__due--overdue' : 'enrolment-card__due'}
            >
              {enrolment.overdue
                ? t('myLearning.overdue', { date: formatDate(enrolment.dueAt) })
                : t('myLearning.dueOn', { date: formatDate(enrolment.dueAt) })}
            </span>
          )}
          {enrolment.source === 'assignment' && <span className="tag">{t('myLearning.assigned')}</span>}
        </p>
      )}
      <CourseProgress percent={enrolment.percent} label={t('enrolment.progressLabel')} />
      <p className="enrolment-card__counts">
        {t('enrolment.lessonsDone', { done: enrolment.completedLessons, total: enrolment.totalLessons })}
      </p>
      <div className="enrolment-card__actions">
        <Link to={continueTo} className="button" aria-describedby={titleId}>
          {t('enrolment.continue')}
        </Link>
      </div>
    </article>
  );
}

function CompletedEnrolment({ enrolment, locale }: EnrolmentProps) {
  const { t } = useTranslation('learning');
  const titleId = `enrolment-${enrolment.id}`;
  return (
    <article className="enrolment-card enrolment-card--completed" aria-labelledby={titleId}>
      <CourseTitle enrolment={enrolment} locale={locale} id={titleId} />
      <Provider enrolment={enrolment} locale={locale} />
      {enrolment.completedAt && (
        <p className="enrolment-card__meta">
          {t('myLearning.completedOn', { date: formatDate(enrolment.completedAt) })}
        </p>
      )}
    </article>
  );
}
