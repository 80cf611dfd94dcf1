import type {
  AttemptQuestion,
  AttemptQuestionFeedback,
  Bilingual,
  Locale,
  QuestionContent,
  QuestionOption,
} from '@bilikti/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { otherLocale, pickLocalized } from '../../../components/content/localized-text';
import { currentLocale } from '../../../lib/i18n';
import { formatNumber } from './format-number';
import { LocalizedText } from './localized-text';
import '../assessment-texts';
import './assessment.css';

export interface QuestionReviewProps {
  question: AttemptQuestion;
  /** The language the course's texts are read in. */
  contentLocale: Locale;
}

type Verdict = 'correct' | 'partial' | 'wrong';

function verdictOf(question: AttemptQuestion, feedback: AttemptQuestionFeedback): Verdict | null {
  // An essay earns points by criteria rather than being right or wrong.
  if (question.type === 'essay' || feedback.score === null) return null;
  if (feedback.score >= question.points) return 'correct';
  return feedback.score > 0 ? 'partial' : 'wrong';
}

/**
 * One question of a closed attempt: the prompt and the answer given, and once feedback is
 * released (or for an instructor) the points earned, the right answer, the explanation and an
 * essay's rubric scores with the grader's comment. Shared by the learner's review and grading.
 */
export function QuestionReview({ question, contentLocale }: QuestionReviewProps) {
  const { t, i18n } = useTranslation('assessment');
  const uiLocale = currentLocale(i18n);
  const headingId = useId();
  const { feedback } = question;
  const number = (value: number) => formatNumber(value, uiLocale);
  const verdict = feedback ? verdictOf(question, feedback) : null;
  const explanation = feedback ? pickLocalized(feedback.explanation, contentLocale) : null;

  let points: string;
  if (!feedback) points = t('question.points', { count: question.points, points: number(question.points) });
  else if (feedback.score === null) points = t('questionReview.awaitingGrading');
  else
    points = t('questionReview.score', {
      count: question.points,
      score: number(feedback.score),
      points: number(question.points),
    });

  return (
    <article className="question-review" aria-labelledby={headingId}>
      <header className="question-review__header">
        <h3 id={headingId}>{t('question.number', { number: question.position })}</h3>
        <p className="question-review__points">
          <span>{points}</span>
          {verdict && <span className={`verdict verdict--${verdict}`}>{t(`questionReview.verdict.${verdict}`)}</span>}
        </p>
      </header>
      <p className="question-review__prompt">
        <LocalizedText value={question.prompt} locale={contentLocale} />
      </p>
      <dl className="question-review__details">
        <dt>{t('questionReview.answer')}</dt>
        <dd>
          <GivenAnswer question={question} locale={contentLocale} />
        </dd>
        {feedback && question.type !== 'essay' && (
          <>
            <dt>
              {feedback.key.type === 'short_answer'
                ? t('questionReview.acceptedAnswers')
                : t('questionReview.correctAnswer')}
            </dt>
            <dd>
              <KeyAnswer content={feedback.key} locale={contentLocale} />
            </dd>
          </>
        )}
        {feedback && feedback.key.type === 'essay' && feedback.rubricScores && (
          <>
            <dt>{t('questionReview.rubric')}</dt>
            <dd>
              <ul className="plain-list question-review__rubric">
                {feedback.key.rubric.map((criterion) => {
                  const score = feedback.rubricScores?.[criterion.id];
                  return (
                    <li key={criterion.id}>
                      <LocalizedText value={criterion.criterion} locale={contentLocale} />
                      <span className="question-review__criterion-score">
                        {score === undefined
                          ? '—'
                          : t('questionReview.score', {
                              count: criterion.maxPoints,
                              score: number(score),
                              points: number(criterion.maxPoints),
                            })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {feedback?.comment?.trim() && (
          <>
            <dt>{t('questionReview.comment')}</dt>
            <dd className="question-review__text">{feedback.comment}</dd>
          </>
        )}
        {explanation && explanation.text.trim() !== '' && (
          <>
            <dt>{t('questionReview.explanation')}</dt>
            <dd className="question-review__text">
              <LocalizedText value={feedback!.explanation} locale={contentLocale} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}

function textOf(options: readonly QuestionOption[], id: string | undefined): Bilingual | null {
  return options.find((option) => option.id === id)?.text ?? null;
}

/** The learner's answer in words: the chosen texts, the matches, the order, the number or the text. */
function GivenAnswer({ question, locale }: { question: AttemptQuestion; locale: Locale }) {
  const { t, i18n } = useTranslation('assessment');
  const uiLocale = currentLocale(i18n);
  const { view, answer } = question;
  const none = <span className="question-review__none">{t('questionReview.noAnswer')}</span>;
  if (!answer) return none;

  switch (view.type) {
    case 'single_choice': {
      const text = answer.type === 'single_choice' ? textOf(view.options, answer.optionId) : null;
      return text ? <LocalizedText value={text} locale={locale} /> : none;
    }
    case 'multiple_choice': {
      if (answer.type !== 'multiple_choice' || answer.optionIds.length === 0) return none;
      const chosen = view.options.filter((option) => answer.optionIds.includes(option.id));
      return (
        <ul className="question-review__list">
          {chosen.map((option) => (
            <li key={option.id}>
              <LocalizedText value={option.text} locale={locale} />
            </li>
          ))}
        </ul>
      );
    }
    case 'true_false':
      if (answer.type !== 'true_false') return none;
      return <>{answer.value ? t('question.true') : t('question.false')}</>;
    case 'matching': {
      if (answer.type !== 'matching') return none;
      return (
        <ul className="question-review__list">
          {view.left.map((left) => {
            const right = textOf(view.right, answer.matches[left.id]);
            return (
              <li key={left.id}>
                <LocalizedText value={left.text} locale={locale} /> —{' '}
                {right ? (
                  <LocalizedText value={right} locale={locale} />
                ) : (
                  <span className="question-review__none">{t('questionReview.notMatched')}</span>
                )}
              </li>
            );
          })}
        </ul>
      );
    }
    case 'ordering': {
      if (answer.type !== 'ordering') return none;
      return (
        <ol className="question-review__list">
          {answer.order.map((id) => {
            const text = textOf(view.items, id);
            return <li key={id}>{text ? <LocalizedText value={text} locale={locale} /> : id}</li>;
          })}
        </ol>
      );
    }
    case 'numeric': {
      if (answer.type !== 'numeric') return none;
      const unit = pickLocalized(view.unit, locale).text.trim();
      return (
        <>
          {formatNumber(answer.value, uiLocale)}
          {unit && (
            <>
              {' '}
              <LocalizedText value={view.unit} locale={locale} />
            </>
          )}
        </>
      );
    }
    case 'short_answer':
    case 'essay':
      if ((answer.type !== 'short_answer' && answer.type !== 'essay') || answer.text.trim() === '') return none;
      return <span className="question-review__text">{answer.text}</span>;
  }
}

/** The question's key, as the attempt's learner may see it once feedback is released. */
function KeyAnswer({ content, locale }: { content: QuestionContent; locale: Locale }) {
  const { t, i18n } = useTranslation('assessment');
  const uiLocale = currentLocale(i18n);
  switch (content.type) {
    case 'single_choice': {
      const text = textOf(content.options, content.correctOptionId);
      return text ? <LocalizedText value={text} locale={locale} /> : null;
    }
    case 'multiple_choice':
      return (
        <ul className="question-review__list">
          {content.options
            .filter((option) => content.correctOptionIds.includes(option.id))
            .map((option) => (
              <li key={option.id}>
                <LocalizedText value={option.text} locale={locale} />
              </li>
            ))}
        </ul>
      );
    case 'true_false':
      return <>{content.correct ? t('question.true') : t('question.false')}</>;
    case 'matching':
      return (
        <ul className="question-review__list">
          {content.pairs.map((pair) => (
            <li key={pair.id}>
              <LocalizedText value={pair.left} locale={locale} /> — <LocalizedText value={pair.right} locale={locale} />
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className="question-review__list">
          {content.items.map((item) => (
            <li key={item.id}>
              <LocalizedText value={item.text} locale={locale} />
            </li>
          ))}
        </ol>
      );
    case 'short_answer': {
      // Answers in the reading language; the other language's when this one has none.
      const lang = content.accepted[locale].length > 0 ? locale : otherLocale(locale);
      return (
        <ul className="question-review__list" lang={lang === uiLocale ? undefined : lang}>
          {content.accepted[lang].map((accepted) => (
            <li key={accepted}>{accepted}</li>
          ))}
        </ul>
      );
    }
    case 'numeric': {
      const value = formatNumber(content.value, uiLocale);
      const unit = pickLocalized(content.unit, locale).text.trim();
      return (
        <>
          {content.tolerance > 0
            ? t('questionReview.numericKey', { value, tolerance: formatNumber(content.tolerance, uiLocale) })
            : value}
          {unit && (
            <>
              {' '}
              <LocalizedText value={content.unit} locale={locale} />
            </>
          )}
        </>
      );
    }
    case 'essay':
      return null;
  }
}
