import {
  FEEDBACK_POLICIES,
  FieldErrorCode,
  LOCALES,
  QUIZ_LIMITS,
  type FieldError as FieldErrorValue,
  type QuestionResponse,
} from '@bilikti/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RadioGroup } from '../../../components/ui/choice-group';
import { describedBy } from '../../../components/ui/field-a11y';
import { FieldError, FieldHint } from '../../../components/ui/field-messages';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrorMessage } from '../../../lib/error-message';
import type { FieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { usePendingFocus } from '../hooks/use-pending-focus';
import { useQuestionBank } from '../hooks/use-questions';
import { pickText } from './localized-text';
import type { QuizFormValues, QuizMode, QuizPoolValues } from './quiz-form-values';
import './quiz-settings.css';

interface QuizSettingsSectionProps {
  courseId: string;
  values: QuizFormValues;
  onChange: (change: Partial<QuizFormValues>) => void;
  /** The form's and the server's errors, keyed by path (`quiz.pools.1.count`). */
  errors: FieldErrors;
  /** The lesson has no saved settings yet. */
  configured: boolean;
}

/** An assessment lesson's settings: which questions, how they are drawn and shown, and the pass mark. */
export function QuizSettingsSection({ courseId, values, onChange, errors, configured }: QuizSettingsSectionProps) {
  const { t } = useTranslation('studio');
  const fieldErrorMessage = useFieldErrorMessage();
  const bank = useQuestionBank(courseId);

  /** The generic messages, with a clearer text where the quiz knows what went wrong. */
  const error = (field: string): string | undefined => {
    const value: FieldErrorValue | undefined = errors[field];
    if (!value) return undefined;
    const max = value.params?.max;
    if (field === 'quiz.questionIds' && value.code === FieldErrorCode.Required)
      return t('lesson.quiz.errors.questionsRequired');
    if (field === 'quiz.questionIds' && value.code === FieldErrorCode.TooLong)
      return t('lesson.quiz.errors.tooManyQuestions', { max });
    if (field === 'quiz.pools' && value.code === FieldErrorCode.Required) return t('lesson.quiz.errors.poolsRequired');
    if (field === 'quiz.pools' && value.code === FieldErrorCode.TooLong)
      return t('lesson.quiz.errors.tooManyPools', { max });
    if (field === 'quiz.pools' && value.code === FieldErrorCode.InvalidValue)
      return t('lesson.quiz.errors.duplicateTag');
    if (/^quiz\.pools\.\d+\.tag$/.test(field) && value.code === FieldErrorCode.InvalidValue)
      return t('lesson.quiz.errors.duplicateTag');
    if (field === 'quiz.availableUntil' && value.code === FieldErrorCode.InvalidValue)
      return t('lesson.quiz.errors.untilBeforeFrom');
    if (value.code === FieldErrorCode.OutOfRange && value.params)
      return t('lesson.quiz.errors.range', { min: value.params.min, max: value.params.max });
    return fieldErrorMessage(value);
  };

  return (
    <section className="card quiz-settings" aria-labelledby="quiz-settings-title">
      <h2 id="quiz-settings-title" tabIndex={-1}>
        {t('lesson.quiz.title')}
      </h2>
      {!configured && (
        <p className="quiz-settings__note" role="note">
          {t('lesson.quiz.notConfigured')}
        </p>
      )}
      <p>
        <Link to={paths.studioQuestions(courseId)}>{t('lesson.quiz.bankLink')}</Link>
      </p>
      <RadioGroup<QuizMode>
        id="quiz-mode"
        legend={t('lesson.quiz.mode.legend')}
        choices={[
          { value: 'fixed', label: t('lesson.quiz.mode.fixed') },
          { value: 'pools', label: t('lesson.quiz.mode.pools') },
        ]}
        value={values.mode}
        onChange={(mode) => onChange({ mode })}
        error={error('quiz.mode')}
      />
      {bank.isPending ? (
        <LoadingState />
      ) : bank.isError && !bank.data ? (
        <ErrorState error={bank.error} onRetry={() => void bank.refetch()} />
      ) : bank.data.length === 0 ? (
        <p className="quiz-settings__note">{t('lesson.quiz.questions.empty')}</p>
      ) : values.mode === 'fixed' ? (
        <FixedQuestions
          questions={bank.data}
          selected={values.questionIds}
          onChange={(questionIds) => onChange({ questionIds })}
          error={error}
        />
      ) : (
        <TagPools questions={bank.data} pools={values.pools} onChange={(pools) => onChange({ pools })} error={error} />
      )}
      <fieldset className="field choice-group">
        <legend>{t('lesson.quiz.shuffle.legend')}</legend>
        <div className="choice">
          <input
            type="checkbox"
            id="quiz-shuffle-questions"
            checked={values.shuffleQuestions}
            onChange={(event) => onChange({ shuffleQuestions: event.target.checked })}
          />
          <label htmlFor="quiz-shuffle-questions">{t('lesson.quiz.shuffle.questions')}</label>
        </div>
        <div className="choice">
          <input
            type="checkbox"
            id="quiz-shuffle-options"
            checked={values.shuffleOptions}
            onChange={(event) => onChange({ shuffleOptions: event.target.checked })}
          />
          <label htmlFor="quiz-shuffle-options">{t('lesson.quiz.shuffle.options')}</label>
        </div>
      </fieldset>
      <div className="quiz-settings__numbers">
        <TextField
          id="quiz-time-limit"
          type="number"
          inputMode="numeric"
          min={1}
          max={QUIZ_LIMITS.timeLimitMinutesMax}
          className="field--short"
          label={t('lesson.quiz.timeLimit.label')}
          hint={t('lesson.quiz.timeLimit.hint', { max: QUIZ_LIMITS.timeLimitMinutesMax })}
          value={values.timeLimitMinutes}
          onChange={(event) => onChange({ timeLimitMinutes: event.target.value })}
          error={error('quiz.timeLimitMinutes')}
        />
        <TextField
          id="quiz-max-attempts"
          type="number"
          inputMode="numeric"
          min={1}
          max={QUIZ_LIMITS.attemptsMax}
          className="field--short"
          label={t('lesson.quiz.attempts.label')}
          hint={t('lesson.quiz.attempts.hint', { max: QUIZ_LIMITS.attemptsMax })}
          value={values.maxAttempts}
          onChange={(event) => onChange({ maxAttempts: event.target.value })}
          error={error('quiz.maxAttempts')}
        />
        <TextField
          id="quiz-pass-percent"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          required
          className="field--short"
          label={t('lesson.quiz.passPercent.label')}
          hint={t('lesson.quiz.passPercent.hint')}
          value={values.passPercent}
          onChange={(event) => onChange({ passPercent: event.target.value })}
          error={error('quiz.passPercent')}
        />
      </div>
      <div className="quiz-settings__numbers">
        <TextField
          id="quiz-available-from"
          type="datetime-local"
          label={t('lesson.quiz.availableFrom')}
          hint={t('lesson.quiz.availableHint')}
          value={values.availableFrom}
          onChange={(event) => onChange({ availableFrom: event.target.value })}
          error={error('quiz.availableFrom')}
        />
        <TextField
          id="quiz-available-until"
          type="datetime-local"
          label={t('lesson.quiz.availableUntil')}
          hint={t('lesson.quiz.availableHint')}
          value={values.availableUntil}
          onChange={(event) => onChange({ availableUntil: event.target.value })}
          error={error('quiz.availableUntil')}
        />
      </div>
      <fieldset
        className="field choice-group"
        aria-describedby={errors['quiz.feedback'] ? 'quiz-feedback-error' : undefined}
      >
        <legend>{t('lesson.quiz.feedback.legend')}</legend>
        {FEEDBACK_POLICIES.map((policy) => (
          <div className="choice quiz-settings__policy" key={policy}>
            <input
              type="radio"
              id={`quiz-feedback-${policy}`}
              name="quiz-feedback"
              value={policy}
              checked={values.feedback === policy}
              onChange={() => onChange({ feedback: policy })}
              aria-describedby={`quiz-feedback-${policy}-hint`}
            />
            <label htmlFor={`quiz-feedback-${policy}`}>{t(`lesson.quiz.feedback.policies.${policy}`)}</label>
            <FieldHint id={`quiz-feedback-${policy}`} hint={t(`lesson.quiz.feedback.hints.${policy}`)} />
          </div>
        ))}
        <FieldError id="quiz-feedback" error={error('quiz.feedback')} />
      </fieldset>
    </section>
  );
}

interface FixedQuestionsProps {
  questions: QuestionResponse[];
  selected: string[];
  onChange: (questionIds: string[]) => void;
  error: (field: string) => string | undefined;
}

/** The bank as a checklist, and the chosen questions in the order the quiz shows them. */
function FixedQuestions({ questions, selected, onChange, error }: FixedQuestionsProps) {
  const { t, i18n } = useTranslation('studio');
  const locale = currentLocale(i18n);
  const focusLater = usePendingFocus(selected);
  const [announcement, setAnnouncement] = useState('');
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const listError = error('quiz.questionIds');

  const toggle = (id: string, checked: boolean) => {
    setAnnouncement('');
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  };
  const itemLabel = (index: number) => t('lesson.quiz.order.item', { number: index + 1 });
  const move = (index: number, direction: -1 | 1) => {
    const target = index + direction;
    const next = [...selected];
    const [id] = next.splice(index, 1);
    next.splice(target, 0, id);
    onChange(next);
    const [first, second] = direction < 0 ? ['up', 'down'] : ['down', 'up'];
    focusLater([`quiz-order-${id}-${first}`, `quiz-order-${id}-${second}`]);
    setAnnouncement(
      t('questions.items.moved', { item: itemLabel(index), position: target + 1, total: selected.length }),
    );
  };
  const remove = (index: number) => {
    const next = selected.filter((_, position) => position !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? [`quiz-order-${neighbour}-remove`] : ['quiz-questions-legend']);
    setAnnouncement(t('questions.items.removed', { item: itemLabel(index) }));
  };

  return (
    <>
      <fieldset
        className="field quiz-bank"
        aria-describedby={['quiz-questions-hint', listError ? 'quiz-questions-error' : ''].filter(Boolean).join(' ')}
      >
        <legend id="quiz-questions-legend" tabIndex={-1}>
          {t('lesson.quiz.questions.legend')}
        </legend>
        <FieldHint id="quiz-questions" hint={t('lesson.quiz.questions.hint', { max: QUIZ_LIMITS.questionsMax })} />
        <ul className="quiz-bank__list">
          {questions.map((question) => {
            const prompt = pickText(question.prompt, locale);
            const inputId = `quiz-question-${question.id}`;
            return (
              <li key={question.id} className="quiz-bank__item">
                <input
                  type="checkbox"
                  id={inputId}
                  checked={selected.includes(question.id)}
                  onChange={(event) => toggle(question.id, event.target.checked)}
                  aria-describedby={[`${inputId}-details`, listError ? 'quiz-questions-error' : ''].join(' ').trim()}
                  // A refused save lands the keyboard on the list that needs a choice.
                  aria-invalid={listError ? true : undefined}
                />
                <label htmlFor={inputId} lang={prompt?.lang}>
                  {prompt?.text ?? t('questions.list.noPrompt')}
                </label>
                <QuestionBadges id={`${inputId}-details`} question={question} />
              </li>
            );
          })}
        </ul>
        <FieldError id="quiz-questions" error={listError} />
      </fieldset>
      <section className="quiz-order" aria-labelledby="quiz-order-title">
        <h3 id="quiz-order-title">{t('lesson.quiz.order.title')}</h3>
        <p className="field__hint">{t('lesson.quiz.order.selected', { count: selected.length })}</p>
        {selected.length > 0 && (
          <ol className="quiz-order__list">
            {selected.map((id, index) => {
              const question = byId.get(id);
              const prompt = question ? pickText(question.prompt, locale) : null;
              const rowError = error(`quiz.questionIds.${index}`);
              return (
                <li key={id} className="quiz-order__row">
                  <span lang={prompt?.lang}>
                    {question ? (prompt?.text ?? t('questions.list.noPrompt')) : t('lesson.quiz.order.missing')}
                  </span>
                  <div className="outline__actions">
                    <button
                      id={`quiz-order-${id}-up`}
                      type="button"
                      className="button button--secondary button--small"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('questions.items.moveUp', { item: itemLabel(index) })}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      id={`quiz-order-${id}-down`}
                      type="button"
                      className="button button--secondary button--small"
                      disabled={index === selected.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('questions.items.moveDown', { item: itemLabel(index) })}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      id={`quiz-order-${id}-remove`}
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => remove(index)}
                      aria-label={t('lesson.quiz.order.remove', { item: itemLabel(index) })}
                    >
                      {t('lesson.quiz.order.removeShort')}
                    </button>
                  </div>
                  <FieldError id={`quiz-order-${id}`} error={rowError} />
                </li>
              );
            })}
          </ol>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>
    </>
  );
}

function QuestionBadges({ id, question }: { id: string; question: QuestionResponse }) {
  const { t, i18n } = useTranslation('studio');
  const locale = currentLocale(i18n);
  const missing = LOCALES.filter((lang) => !question.complete[lang]);
  const points = new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : 'ru-RU').format(question.points);
  return (
    <ul id={id} className="badges" aria-label={t('questions.list.details')}>
      <li className="badge">{t(`questions.types.${question.type}`)}</li>
      <li className="badge">{t('questions.list.points', { count: question.points, points })}</li>
      {missing.length === 0 ? (
        <li className="badge badge--complete">{t('questions.list.complete')}</li>
      ) : (
        missing.map((lang) => (
          <li key={lang} className="badge badge--gaps">
            {t(`questions.list.incomplete.${lang}`)}
          </li>
        ))
      )}
    </ul>
  );
}

interface TagPoolsProps {
  questions: QuestionResponse[];
  pools: QuizPoolValues[];
  onChange: (pools: QuizPoolValues[]) => void;
  error: (field: string) => string | undefined;
}

/** Random draws: a tag of the bank and how many of its questions each learner gets. */
function TagPools({ questions, pools, onChange, error }: TagPoolsProps) {
  const { t } = useTranslation('studio');
  const focusLater = usePendingFocus(pools.length);
  const tagCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const question of questions) for (const tag of question.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [questions]);
  const available = (tag: string) => tagCounts.find(([known]) => known === tag)?.[1] ?? 0;
  const listError = error('quiz.pools');

  const update = (index: number, change: Partial<QuizPoolValues>) =>
    onChange(pools.map((pool, position) => (position === index ? { ...pool, ...change } : pool)));
  const add = () => {
    onChange([...pools, { tag: '', count: '1' }]);
    focusLater([`quiz-pool-${pools.length}-tag`]);
  };
  const remove = (index: number) => {
    onChange(pools.filter((_, position) => position !== index));
    focusLater(pools.length > 1 ? [`quiz-pool-${Math.max(0, index - 1)}-tag`] : ['quiz-pools-add']);
  };

  return (
    <fieldset
      className="field quiz-pools"
      aria-describedby={['quiz-pools-hint', listError ? 'quiz-pools-error' : ''].filter(Boolean).join(' ')}
    >
      <legend>{t('lesson.quiz.pools.legend')}</legend>
      <FieldHint id="quiz-pools" hint={t('lesson.quiz.pools.hint')} />
      {tagCounts.length === 0 && <p className="quiz-settings__note">{t('lesson.quiz.pools.noTags')}</p>}
      {pools.length > 0 && (
        <ol className="quiz-pools__list">
          {pools.map((pool, index) => {
            const number = index + 1;
            const tagKnown = tagCounts.some(([tag]) => tag === pool.tag);
            return (
              <li key={index} className="quiz-pools__row">
                <SelectField
                  id={`quiz-pool-${index}-tag`}
                  label={t('lesson.quiz.pools.tag', { number })}
                  value={pool.tag}
                  onChange={(event) => update(index, { tag: event.target.value })}
                  error={error(`quiz.pools.${index}.tag`)}
                >
                  <option value="">{t('lesson.quiz.pools.chooseTag')}</option>
                  {!tagKnown && pool.tag && (
                    <option value={pool.tag}>{t('lesson.quiz.pools.tagOption', { tag: pool.tag, count: 0 })}</option>
                  )}
                  {tagCounts.map(([tag, count]) => (
                    <option key={tag} value={tag}>
                      {t('lesson.quiz.pools.tagOption', { tag, count })}
                    </option>
                  ))}
                </SelectField>
                <div className="field field--short">
                  <label htmlFor={`quiz-pool-${index}-count`}>{t('lesson.quiz.pools.count', { number })}</label>
                  {pool.tag && (
                    <FieldHint
                      id={`quiz-pool-${index}-count`}
                      hint={t('lesson.quiz.pools.available', { count: available(pool.tag) })}
                    />
                  )}
                  <input
                    id={`quiz-pool-${index}-count`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={QUIZ_LIMITS.drawMax}
                    value={pool.count}
                    onChange={(event) => update(index, { count: event.target.value })}
                    {...describedBy(`quiz-pool-${index}-count`, !!pool.tag, !!error(`quiz.pools.${index}.count`))}
                  />
                  <FieldError id={`quiz-pool-${index}-count`} error={error(`quiz.pools.${index}.count`)} />
                </div>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => remove(index)}
                  aria-label={t('questions.items.remove', { item: t('lesson.quiz.pools.item', { number }) })}
                >
                  {t('common.delete')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError id="quiz-pools" error={listError} />
      <button
        id="quiz-pools-add"
        type="button"
        className="button button--secondary"
        disabled={pools.length >= QUIZ_LIMITS.poolsMax}
        onClick={add}
      >
        {t('lesson.quiz.pools.add')}
      </button>
      {pools.length >= QUIZ_LIMITS.poolsMax && (
        <p className="field__hint">{t('questions.items.full', { max: QUIZ_LIMITS.poolsMax })}</p>
      )}
    </fieldset>
  );
}
