import type { AttemptSummary, QuizOverviewResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { useErrorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useQuiz, useStartAttempt } from '../hooks/use-quiz';
import '../assessment-texts';
import './assessment.css';

export interface QuizPanelProps {
  lessonId: string;
  /** Only enrolled learners take the quiz; others are told so without asking the server. null: not known yet. */
  enrolled: boolean | null;
  /** `?lang=…` to carry into the attempt, so its questions are read in the same language. */
  search: string;
}

/** In an assessment lesson: the quiz's rules, the learner's attempts, and Start or Resume (or why not). */
export function QuizPanel({ lessonId, enrolled, search }: QuizPanelProps) {
  const { t } = useTranslation('assessment');
  const quiz = useQuiz(lessonId, enrolled === true);

  let body;
  if (enrolled === false) body = <p>{t('panel.notEnrolled')}</p>;
  else if (quiz.data) body = <QuizOverview quiz={quiz.data} search={search} />;
  else if (quiz.isError) body = <ErrorState error={quiz.error} onRetry={() => void quiz.refetch()} />;
  else body = <LoadingState />;

  return (
    <section className="card quiz-panel" aria-labelledby="quiz-panel-title">
      <h2 id="quiz-panel-title">{t('panel.title')}</h2>
      {body}
    </section>
  );
}

function QuizOverview({ quiz, search }: { quiz: QuizOverviewResponse; search: string }) {
  const { t } = useTranslation('assessment');
  const used = quiz.attempts.length;
  const attempts = [...quiz.attempts].sort((a, b) => b.number - a.number);

  return (
    <>
      <dl className="details quiz-rules">
        <div>
          <dt>{t('panel.rules.questions')}</dt>
          <dd>{quiz.questionCount}</dd>
        </div>
        <div>
          <dt>{t('panel.rules.timeLimit')}</dt>
          <dd>
            {quiz.timeLimitMinutes
              ? t('panel.rules.minutes', { count: quiz.timeLimitMinutes })
              : t('panel.rules.noTimeLimit')}
          </dd>
        </div>
        <div>
          <dt>{t('panel.rules.attempts')}</dt>
          <dd>
            {quiz.maxAttempts
              ? t('panel.rules.attemptsUsed', { used, max: quiz.maxAttempts })
              : t('panel.rules.attemptsUnlimited', { used })}
          </dd>
        </div>
        <div>
          <dt>{t('panel.rules.passPercent')}</dt>
          <dd>{quiz.passPercent} %</dd>
        </div>
        {quiz.availableFrom && (
          <div>
            <dt>{t('panel.rules.opens')}</dt>
            <dd>{formatDateTime(quiz.availableFrom)}</dd>
          </div>
        )}
        {quiz.availableUntil && (
          <div>
            <dt>{t('panel.rules.closes')}</dt>
            <dd>{formatDateTime(quiz.availableUntil)}</dd>
          </div>
        )}
        <div>
          <dt>{t('panel.rules.feedback')}</dt>
          <dd>{t(`panel.rules.feedbackPolicy.${quiz.feedbackPolicy}`)}</dd>
        </div>
        {quiz.bestPercent !== null && (
          <div>
            <dt>{t('panel.best')}</dt>
            <dd>{quiz.bestPercent} %</dd>
          </div>
        )}
      </dl>
      {quiz.passed && <p className="attempt-outcome attempt-outcome--passed">{t('panel.passed')}</p>}

      <QuizAction quiz={quiz} search={search} />

      {attempts.length > 0 && (
        <section className="quiz-attempts" aria-labelledby="quiz-attempts-title">
          <h3 id="quiz-attempts-title">{t('panel.attempts.title')}</h3>
          <ul className="plain-list quiz-attempts__list">
            {attempts.map((attempt) => (
              <AttemptItem key={attempt.id} attempt={attempt} search={search} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function QuizAction({ quiz, search }: { quiz: QuizOverviewResponse; search: string }) {
  const { t } = useTranslation('assessment');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const start = useStartAttempt(quiz.lessonId);

  if (quiz.openAttemptId) {
    return (
      <div className="quiz-action">
        <p>{t('panel.actions.resumeHint')}</p>
        <Link className="button" to={`${paths.attempt(quiz.openAttemptId)}${search}`}>
          {t('panel.actions.resume')}
        </Link>
      </div>
    );
  }
  if (quiz.blocker) {
    return (
      <div className="quiz-action">
        <p className="quiz-blocker">
          <BlockerReason quiz={quiz} />
        </p>
      </div>
    );
  }
  return (
    <div className="quiz-action">
      {quiz.timeLimitMinutes && <p className="field__hint">{t('panel.rules.timerHint')}</p>}
      <FormAlert message={start.error ? errorMessage(start.error) : null} />
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        onClick={() =>
          start.mutate(undefined, {
            onSuccess: (attempt) => void navigate(`${paths.attempt(attempt.id)}${search}`),
          })
        }
      >
        {start.isPending
          ? t('panel.actions.starting')
          : quiz.attempts.length > 0
            ? t('panel.actions.startAgain')
            : t('panel.actions.start')}
      </button>
    </div>
  );
}

function BlockerReason({ quiz }: { quiz: QuizOverviewResponse }) {
  const { t } = useTranslation('assessment');
  switch (quiz.blocker) {
    case 'not_open_yet':
      return quiz.availableFrom
        ? t('panel.blocker.notOpenYet', { date: formatDateTime(quiz.availableFrom) })
        : t('panel.blocker.notOpenYetNoDate');
    case 'window_closed':
      return quiz.availableUntil
        ? t('panel.blocker.windowClosed', { date: formatDateTime(quiz.availableUntil) })
        : t('panel.blocker.windowClosedNoDate');
    case 'no_attempts_left':
      return quiz.maxAttempts
        ? t('panel.blocker.noAttemptsLeft', { count: quiz.maxAttempts })
        : t('panel.blocker.noAttemptsLeftUnknown');
    case 'no_questions':
      return t('panel.blocker.noQuestions');
    case null:
      return null;
  }
}

function AttemptItem({ attempt, search }: { attempt: AttemptSummary; search: string }) {
  const { t } = useTranslation('assessment');
  const { result } = attempt;
  const outcome = !result ? null : result.passed === null ? 'pending' : result.passed ? 'passed' : 'failed';
  return (
    <li className="quiz-attempt">
      <p className="quiz-attempt__title">{t('panel.attempts.number', { number: attempt.number })}</p>
      {attempt.status === 'in_progress' ? (
        <p>
          {t('panel.attempts.startedAt', { date: formatDateTime(attempt.startedAt) })} ·{' '}
          {t('panel.attempts.inProgress')}
        </p>
      ) : (
        <>
          <p>
            {t('panel.attempts.closedAt', { date: formatDateTime(attempt.closedAt ?? attempt.startedAt) })}
            {attempt.closedBy === 'deadline' && <> · {t('panel.attempts.closedByDeadline')}</>}
          </p>
          {result && (
            <p>
              {t('panel.attempts.percent', { percent: result.percent })}
              {outcome && (
                <>
                  {' '}
                  <span className={`attempt-badge attempt-badge--${outcome}`}>{t(`outcome.${outcome}`)}</span>
                </>
              )}
            </p>
          )}
          <p>
            <Link to={`${paths.attempt(attempt.id)}${search}`}>
              {t('panel.attempts.review', { number: attempt.number })}
            </Link>
          </p>
        </>
      )}
    </li>
  );
}
