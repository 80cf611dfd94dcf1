import type { AttemptResponse, Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/format';
import type { SaveBlock } from '../api/answer-sync';
import { formatNumber } from './format-number';
import { QuestionReview } from './question-review';

interface AttemptReviewProps {
  attempt: AttemptResponse;
  contentLocale: Locale;
  /** Answers the server refused while this page was open, to say they were not saved. */
  endNotice: SaveBlock | null;
}

/** A closed attempt: the result, how it closed, and each question with what feedback the course allows. */
export function AttemptReview({ attempt, contentLocale, endNotice }: AttemptReviewProps) {
  const { t, i18n } = useTranslation('assessment');
  const uiLocale = currentLocale(i18n);
  const { result } = attempt;
  const outcome = !result ? null : result.passed === null ? 'pending' : result.passed ? 'passed' : 'failed';

  let feedbackNote: string | null = null;
  if (!attempt.feedbackReleased) {
    if (attempt.feedbackPolicy === 'none') feedbackNote = t('review.feedbackNone');
    else if (attempt.feedbackPolicy === 'after_close')
      feedbackNote = attempt.feedbackAt
        ? t('review.feedbackLater', { date: formatDateTime(attempt.feedbackAt) })
        : t('review.feedbackLaterNoDate');
  }

  return (
    <div className="attempt-review">
      {endNotice && (
        <p className="attempt-notice" role="status">
          {endNotice === 'deadline' ? t('save.deadline') : t('save.closed')}
        </p>
      )}
      <section className="card attempt-result" aria-labelledby="attempt-result-title">
        <h2 id="attempt-result-title">{t('review.heading', { number: attempt.number })}</h2>
        {result && (
          <dl className="details details--inline attempt-result__figures">
            <div>
              <dt>{t('review.score')}</dt>
              <dd>
                {t('review.scoreValue', {
                  score: formatNumber(result.score, uiLocale),
                  max: formatNumber(result.maxScore, uiLocale),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('review.percent')}</dt>
              <dd>{result.percent} %</dd>
            </div>
            <div>
              <dt>{t('review.passPercent')}</dt>
              <dd>{result.passPercent} %</dd>
            </div>
          </dl>
        )}
        {outcome && <p className={`attempt-outcome attempt-outcome--${outcome}`}>{t(`review.outcome.${outcome}`)}</p>}
        {attempt.closedBy === 'deadline' && <p>{t('review.closedByDeadline')}</p>}
      </section>

      <section className="attempt-answers" aria-labelledby="attempt-answers-title">
        <h2 id="attempt-answers-title">{t('review.answers')}</h2>
        {feedbackNote && <p className="attempt-feedback-note">{feedbackNote}</p>}
        <ol className="plain-list attempt-answers__list">
          {attempt.questions.map((question) => (
            <li key={question.questionId}>
              <QuestionReview question={question} contentLocale={contentLocale} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
