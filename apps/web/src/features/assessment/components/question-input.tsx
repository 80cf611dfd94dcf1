import type { AnswerValue, AttemptQuestion, Locale, QuestionOption } from '@bilikti/contracts';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { pickLocalized } from '../../../components/content/localized-text';
import { currentLocale } from '../../../lib/i18n';
import { formatNumber, parseDecimal } from './format-number';
import { LocalizedText } from './localized-text';

export interface AnswerChange {
  (answer: AnswerValue | null, options?: { debounce?: boolean }): void;
}

interface QuestionFieldProps {
  question: AttemptQuestion;
  answer: AnswerValue | null;
  locale: Locale;
  disabled: boolean;
  onChange: AnswerChange;
  /** A text field lost focus: its answer should go out now. */
  onCommit: () => void;
  /** The fieldset, to move focus to the question. */
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * One question to answer: a fieldset named by its number and prompt, with the controls its type
 * needs. Choices report each change at once; typed answers ask for a pause before they are sent.
 */
export function QuestionField({ question, answer, locale, disabled, onChange, onCommit, ref }: QuestionFieldProps) {
  const { t, i18n } = useTranslation('assessment');
  const uiLocale = currentLocale(i18n);
  const id = useId();
  const hintId = `${id}-hint`;
  const points = t('question.points', { count: question.points, points: formatNumber(question.points, uiLocale) });
  const { view } = question;

  let hint: string | null = null;
  if (view.type === 'single_choice') hint = t('question.chooseOne');
  else if (view.type === 'multiple_choice') hint = t('question.chooseMany', { count: view.choose });
  else if (view.type === 'matching') hint = t('question.matchHint');
  else if (view.type === 'ordering') hint = t('question.orderHint');

  return (
    <fieldset
      ref={ref}
      className="attempt-question"
      tabIndex={-1}
      disabled={disabled}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className="attempt-question__legend">
        <span className="attempt-question__number">{t('question.number', { number: question.position })}</span>{' '}
        <LocalizedText className="attempt-question__prompt" value={question.prompt} locale={locale} />
      </legend>
      <p className="attempt-question__points">{points}</p>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <QuestionControls
        id={id}
        question={question}
        answer={answer}
        locale={locale}
        onChange={onChange}
        onCommit={onCommit}
      />
    </fieldset>
  );
}

interface ControlsProps extends Omit<QuestionFieldProps, 'disabled' | 'ref'> {
  id: string;
}

function QuestionControls({ id, question, answer, locale, onChange, onCommit }: ControlsProps) {
  const { t } = useTranslation('assessment');
  const { view } = question;
  switch (view.type) {
    case 'single_choice':
      return (
        <div className="attempt-question__choices">
          {view.options.map((option) => (
            <div className="choice" key={option.id}>
              <input
                type="radio"
                id={`${id}-${option.id}`}
                name={id}
                checked={answer?.type === 'single_choice' && answer.optionId === option.id}
                onChange={() => onChange({ type: 'single_choice', optionId: option.id })}
              />
              <label htmlFor={`${id}-${option.id}`}>
                <LocalizedText value={option.text} locale={locale} />
              </label>
            </div>
          ))}
        </div>
      );
    case 'multiple_choice': {
      const chosen = answer?.type === 'multiple_choice' ? answer.optionIds : [];
      const toggle = (optionId: string, checked: boolean) => {
        // Kept in the order shown, so the same choice is always the same answer.
        const next = view.options
          .map((option) => option.id)
          .filter((candidate) => (candidate === optionId ? checked : chosen.includes(candidate)));
        onChange(next.length > 0 ? { type: 'multiple_choice', optionIds: next } : null);
      };
      return (
        <div className="attempt-question__choices">
          {view.options.map((option) => (
            <div className="choice" key={option.id}>
              <input
                type="checkbox"
                id={`${id}-${option.id}`}
                checked={chosen.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <label htmlFor={`${id}-${option.id}`}>
                <LocalizedText value={option.text} locale={locale} />
              </label>
            </div>
          ))}
        </div>
      );
    }
    case 'true_false':
      return (
        <div className="attempt-question__choices">
          {[true, false].map((value) => (
            <div className="choice" key={String(value)}>
              <input
                type="radio"
                id={`${id}-${String(value)}`}
                name={id}
                checked={answer?.type === 'true_false' && answer.value === value}
                onChange={() => onChange({ type: 'true_false', value })}
              />
              <label htmlFor={`${id}-${String(value)}`}>{value ? t('question.true') : t('question.false')}</label>
            </div>
          ))}
        </div>
      );
    case 'matching': {
      const matches = answer?.type === 'matching' ? answer.matches : {};
      const choose = (leftId: string, rightId: string) => {
        const next = { ...matches };
        if (rightId) next[leftId] = rightId;
        else delete next[leftId];
        onChange(Object.keys(next).length > 0 ? { type: 'matching', matches: next } : null);
      };
      return (
        <div className="attempt-question__matches">
          {view.left.map((left) => (
            <div className="field" key={left.id}>
              <label htmlFor={`${id}-${left.id}`}>
                <LocalizedText value={left.text} locale={locale} />
              </label>
              <select
                id={`${id}-${left.id}`}
                value={matches[left.id] ?? ''}
                onChange={(event) => choose(left.id, event.target.value)}
              >
                <option value="">{t('question.matchPlaceholder')}</option>
                {view.right.map((right) => {
                  const text = pickLocalized(right.text, locale);
                  return (
                    <option key={right.id} value={right.id} lang={text.lang === locale ? undefined : text.lang}>
                      {text.text}
                    </option>
                  );
                })}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case 'ordering':
      return (
        <OrderingControl
          items={view.items}
          order={answer?.type === 'ordering' ? answer.order : null}
          locale={locale}
          onChange={(order) => onChange({ type: 'ordering', order })}
        />
      );
    case 'short_answer':
      return (
        <TextAnswer
          id={`${id}-text`}
          label={t('question.yourAnswer')}
          value={answer?.type === 'short_answer' ? answer.text : ''}
          onChange={(text) => onChange(text.trim() ? { type: 'short_answer', text } : null, { debounce: true })}
          onCommit={onCommit}
        />
      );
    case 'numeric':
      return (
        <NumericAnswer
          id={`${id}-number`}
          unit={pickLocalized(view.unit, locale).text.trim()}
          value={answer?.type === 'numeric' ? answer.value : null}
          onChange={(value) => onChange(value === null ? null : { type: 'numeric', value }, { debounce: true })}
          onCommit={onCommit}
        />
      );
    case 'essay':
      return (
        <>
          <div className="attempt-question__rubric">
            <p>{t('question.rubric')}</p>
            <ul>
              {view.rubric.map((criterion) => (
                <li key={criterion.id}>
                  <LocalizedText value={criterion.criterion} locale={locale} /> —{' '}
                  <RubricPoints points={criterion.maxPoints} />
                </li>
              ))}
            </ul>
          </div>
          <TextAnswer
            id={`${id}-essay`}
            label={t('question.yourAnswer')}
            multiline
            value={answer?.type === 'essay' ? answer.text : ''}
            onChange={(text) => onChange(text.trim() ? { type: 'essay', text } : null, { debounce: true })}
            onCommit={onCommit}
          />
        </>
      );
  }
}

function RubricPoints({ points }: { points: number }) {
  const { t, i18n } = useTranslation('assessment');
  return <>{t('question.upToPoints', { count: points, points: formatNumber(points, currentLocale(i18n)) })}</>;
}

interface TextAnswerProps {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  onChange: (text: string) => void;
  onCommit: () => void;
}

function TextAnswer({ id, label, value, multiline = false, onChange, onCommit }: TextAnswerProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={8} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onCommit} />
      ) : (
        <input
          id={id}
          type="text"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onCommit}
        />
      )}
    </div>
  );
}

interface NumericAnswerProps {
  id: string;
  unit: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onCommit: () => void;
}

/** Typed as text so "12," survives while the learner is still typing, and a comma works as well as a dot. */
function NumericAnswer({ id, unit, value, onChange, onCommit }: NumericAnswerProps) {
  const { t, i18n } = useTranslation('assessment');
  const uiLocale = currentLocale(i18n);
  const [text, setText] = useState(() => (value === null ? '' : formatNumber(value, uiLocale).replace(/\s/g, '')));
  const invalid = text.trim() !== '' && parseDecimal(text) === null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div className="field">
      <label htmlFor={id}>{unit ? t('question.numberLabelUnit', { unit }) : t('question.numberLabel')}</label>
      <div className="attempt-number">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = parseDecimal(next);
            // Half-typed or wrong: keep what was saved until it is a number again.
            if (next.trim() === '') onChange(null);
            else if (parsed !== null) onChange(parsed);
          }}
          onBlur={onCommit}
        />
        {unit && (
          <span className="attempt-number__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      <p id={hintId} className="field__hint">
        {t('question.numberHint')}
      </p>
      {invalid && (
        <p id={errorId} className="field__error">
          {t('question.numberInvalid')}
        </p>
      )}
    </div>
  );
}

interface OrderingControlProps {
  items: QuestionOption[];
  /** The learner's order, or null when they have not answered yet (the items as first shown). */
  order: string[] | null;
  locale: Locale;
  onChange: (order: string[]) => void;
}

/**
 * A list the keyboard can reorder: each item has Move up and Move down buttons. The buttons at
 * the ends stay focusable (aria-disabled) so focus never falls off the list while moving.
 */
function OrderingControl({ items, order, locale, onChange }: OrderingControlProps) {
  const { t } = useTranslation('assessment');
  const listRef = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(items.map((item) => [item.id, item]));
  const ids = order && order.every((id) => byId.has(id)) ? order : items.map((item) => item.id);

  useEffect(() => {
    if (!moved) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-item]') ?? [];
    [...buttons]
      .find((button) => button.dataset.item === moved.id && button.dataset.direction === moved.direction)
      ?.focus();
  }, [moved]);

  const move = (index: number, direction: 'up' | 'down') => {
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= ids.length) return;
    const next = [...ids];
    [next[index], next[target]] = [next[target]!, next[index]!];
    const item = byId.get(ids[index]!)!;
    onChange(next);
    setMoved({ id: item.id, direction });
    setAnnouncement(
      t('question.moved', {
        item: pickLocalized(item.text, locale).text,
        position: target + 1,
        total: ids.length,
      }),
    );
  };

  return (
    <>
      <ol ref={listRef} className="attempt-order">
        {ids.map((id, index) => {
          const item = byId.get(id)!;
          const name = pickLocalized(item.text, locale).text;
          const first = index === 0;
          const last = index === ids.length - 1;
          return (
            <li key={id} className="attempt-order__item">
              <LocalizedText className="attempt-order__text" value={item.text} locale={locale} />
              <span className="attempt-order__buttons">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-item={id}
                  data-direction="up"
                  aria-label={t('question.moveUpLabel', { item: name })}
                  aria-disabled={first || undefined}
                  onClick={() => move(index, 'up')}
                >
                  <span aria-hidden="true">↑</span> {t('question.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-item={id}
                  data-direction="down"
                  aria-label={t('question.moveDownLabel', { item: name })}
                  aria-disabled={last || undefined}
                  onClick={() => move(index, 'down')}
                >
                  <span aria-hidden="true">↓</span> {t('question.moveDown')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {order === null && (
        <div className="attempt-order__untouched">
          <p className="field__hint">{t('question.orderUntouched')}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => onChange(ids)}>
            {t('question.keepOrder')}
          </button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
