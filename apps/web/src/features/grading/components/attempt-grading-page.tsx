import {
  LOCALES,
  type AttemptQuestion,
  type AttemptResponse,
  type Locale,
  type RubricCriterion,
} from '@bilikti/contracts';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { RadioGroup } from '../../../components/ui/choice-group';
import { ErrorState } from '../../../components/ui/error-state';
import { FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useRegionName } from '../../../lib/reference-data';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAttempt } from '../hooks/use-attempt';
import { useCourseTitle } from '../hooks/use-titles';
import { AttemptStatusBadge, PassedText, ResultText } from './attempt-status';
import { EssayGradingForm, gradingTitleId } from './essay-grading-form';
import './grading.css';
import '../grading-texts';

export interface QuestionReviewProps {
  question: AttemptQuestion;
  contentLocale: Locale;
}

interface AttemptGradingPageProps {
  /**
   * Shows one question with the learner's answer and the key. The assessment feature owns it;
   * features never import each other, so the app's route passes it in.
   */
  QuestionReview: ComponentType<QuestionReviewProps>;
}

const RESULT_HEADING_ID = 'attempt-result-title';

/** One attempt as its instructors see it: every answer with the key, and the essays to grade. */
export function AttemptGradingPage({ QuestionReview }: AttemptGradingPageProps) {
  const { t } = useTranslation('grading');
  const { attemptId = '' } = useParams();
  const attempt = useAttempt(attemptId);

  return (
    <div className="page grading">
      <p className="breadcrumb">
        <Link to={paths.studioGrading}>{t('attempt.backToQueue')}</Link>
      </p>
      {attempt.isPending ? (
        <>
          <h1>{t('attempt.title')}</h1>
          <LoadingState />
        </>
      ) : attempt.isError && !attempt.data ? (
        <>
          <h1>{t('attempt.title')}</h1>
          <ErrorState error={attempt.error} onRetry={() => void attempt.refetch()} />
        </>
      ) : (
        <AttemptView attempt={attempt.data} QuestionReview={QuestionReview} />
      )}
    </div>
  );
}

interface AttemptViewProps {
  attempt: AttemptResponse;
  QuestionReview: ComponentType<QuestionReviewProps>;
}

function AttemptView({ attempt, QuestionReview }: AttemptViewProps) {
  const { t, i18n } = useTranslation(['grading', 'common']);
  const locale = currentLocale(i18n);
  const [contentLocale, setContentLocale] = useState<Locale>(locale);
  /** Set when this visit's grade completed the attempt: the final result is announced. */
  const [completed, setCompleted] = useState(false);
  const courseTitle = useCourseTitle(attempt.courseId);
  const regionName = useRegionName(locale);
  const regionCode = attempt.learner?.regionCode ?? null;
  const region = regionCode ? regionName(regionCode) : null;
  const learnerName = attempt.learner?.fullName ?? t('common.unknownLearner');
  useDocumentTitle(t('attempt.documentTitle', { name: learnerName, number: attempt.number }));
  const lessonTitle = pickLocalized(attempt.lessonTitle, locale);
  const course = courseTitle.data ? pickLocalized(courseTitle.data, locale) : null;
  const essays = attempt.questions.filter((question) => question.type === 'essay');
  const questions = [...attempt.questions].sort((a, b) => a.position - b.position);

  const onSaved = (saved: AttemptResponse, questionId: string) => {
    if (saved.status === 'graded') {
      setCompleted(true);
      focusById(RESULT_HEADING_ID);
      return;
    }
    // On to the next essay still waiting, after this one first, then from the top.
    const waiting = [...saved.questions]
      .sort((a, b) => a.position - b.position)
      .filter((question) => question.type === 'essay' && question.feedback?.score === null);
    const current = saved.questions.find((question) => question.questionId === questionId)?.position ?? 0;
    const next = waiting.find((question) => question.position > current) ?? waiting[0];
    if (next) focusById(gradingTitleId(next.questionId));
  };

  return (
    <>
      <h1>{learnerName}</h1>
      <p className="lead">
        <span lang={langAttribute(lessonTitle.lang, locale)}>{lessonTitle.text}</span>
        {course && (
          <span className="grading-lead__course" lang={langAttribute(course.lang, locale)}>
            {course.text}
          </span>
        )}
      </p>
      <p>
        <Link to={paths.studioLessonResults(attempt.courseId, attempt.lessonId)}>{t('attempt.allResults')}</Link>
      </p>

      <dl className="details details--inline card">
        {region && (
          <div>
            <dt>{t('attempt.details.region')}</dt>
            <dd>{region}</dd>
          </div>
        )}
        <div>
          <dt>{t('attempt.details.number')}</dt>
          <dd>{attempt.number}</dd>
        </div>
        <div>
          <dt>{t('attempt.details.status')}</dt>
          <dd>
            <AttemptStatusBadge status={attempt.status} closedBy={attempt.closedBy} />
          </dd>
        </div>
        <div>
          <dt>{t('attempt.details.started')}</dt>
          <dd>{formatDateTime(attempt.startedAt)}</dd>
        </div>
        <div>
          <dt>{t('attempt.details.closed')}</dt>
          <dd>{attempt.closedAt ? formatDateTime(attempt.closedAt) : t('attempt.details.notClosed')}</dd>
        </div>
      </dl>

      <section className="card grading-result" aria-labelledby={RESULT_HEADING_ID}>
        <h2 id={RESULT_HEADING_ID} tabIndex={-1}>
          {t('attempt.result.title')}
        </h2>
        {attempt.result ? (
          <>
            <dl className="details">
              <div>
                <dt>{t('attempt.result.score')}</dt>
                <dd>
                  <ResultText result={attempt.result} />
                </dd>
              </div>
              <div>
                <dt>{t('attempt.result.passPercent')}</dt>
                <dd>{t('attempt.result.percent', { percent: attempt.result.passPercent })}</dd>
              </div>
              <div>
                <dt>{t('attempt.result.outcome')}</dt>
                <dd>
                  <PassedText result={attempt.result} />
                </dd>
              </div>
            </dl>
            {attempt.status === 'pending_grading' && (
              <p className="grading-note">{t('attempt.result.preliminary', { count: attempt.pendingCount })}</p>
            )}
          </>
        ) : (
          <p className="grading-note">{t('attempt.result.inProgress')}</p>
        )}
        <FormStatus
          message={
            completed && attempt.result
              ? t(attempt.result.passed ? 'attempt.result.completedPassed' : 'attempt.result.completedFailed', {
                  percent: attempt.result.percent,
                })
              : null
          }
        />
        {attempt.status === 'graded' && essays.length > 0 && (
          <p>
            <Link to={paths.studioGrading} className="button">
              {t('attempt.nextInQueue')}
            </Link>
          </p>
        )}
      </section>

      <RadioGroup
        id="attempt-content-locale"
        legend={t('attempt.contentLanguage')}
        choices={LOCALES.map((lang) => ({ value: lang, label: t(`common:language.names.${lang}`), lang }))}
        value={contentLocale}
        onChange={setContentLocale}
      />

      <h2>{t('attempt.questionsTitle')}</h2>
      <ol className="grading-questions">
        {questions.map((question) => (
          <li key={question.questionId} className="grading-question">
            <QuestionReview question={question} contentLocale={contentLocale} />
            {question.type === 'essay' && (
              <EssayGradingForm
                key={question.questionId}
                attemptId={attempt.id}
                question={question}
                rubric={rubricOf(question)}
                contentLocale={contentLocale}
                canGrade={attempt.status !== 'in_progress'}
                onSaved={(saved) => onSaved(saved, question.questionId)}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function rubricOf(question: AttemptQuestion): RubricCriterion[] {
  if (question.view.type === 'essay') return question.view.rubric;
  return question.feedback?.key.type === 'essay' ? question.feedback.key.rubric : [];
}

function focusById(id: string) {
  const element = document.getElementById(id);
  // jsdom has no scrollIntoView.
  element?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  element?.focus({ preventScroll: true });
}
