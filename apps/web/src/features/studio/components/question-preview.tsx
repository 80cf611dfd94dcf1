import { LOCALES, type Bilingual, type Locale } from '@bilikti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../../components/ui/choice-group';
import { currentLocale } from '../../../lib/i18n';
import { linesOf, type QuestionFormValues } from './question-form-values';

interface QuestionPreviewProps {
  values: QuestionFormValues;
}

/** A stable order unrelated to the key, as a learner's shuffled list would be. */
function shuffled<T extends { id: string }>(items: T[]): T[] {
  const hash = (id: string) => [...id].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 1_000_003, 7);
  return [...items].sort((a, b) => hash(a.id) - hash(b.id));
}

/**
 * The question as a learner of one language sees it, from what is in the form now. The answer
 * controls can be tried but send nothing. The key stays hidden until the author asks for it.
 */
export function QuestionPreview({ values }: QuestionPreviewProps) {
  const { t, i18n } = useTranslation(['studio', 'common']);
  const [locale, setLocale] = useState<Locale>(currentLocale(i18n));
  const [showKey, setShowKey] = useState(false);
  // The learner's own language throughout, not the author's interface language.
  const tl = i18n.getFixedT(locale, 'studio');
  const { content } = values;
  const text = (value: Bilingual) => value[locale].trim();
  const show = (value: Bilingual) =>
    text(value) || <em className="preview-missing">{tl('questions.preview.missing')}</em>;

  const prompt = (
    <p id="preview-prompt" className="question-preview__prompt">
      {show(values.prompt)}
    </p>
  );
  const correctMark = <strong className="badge badge--complete">{tl('questions.preview.correct')}</strong>;

  const body = () => {
    switch (content.type) {
      case 'single_choice':
      case 'multiple_choice': {
        const single = content.type === 'single_choice';
        const correct = (id: string) =>
          content.type === 'single_choice' ? content.correctOptionId === id : content.correctOptionIds.includes(id);
        return (
          <fieldset className="choice-group" aria-labelledby="preview-prompt" aria-describedby="preview-instruction">
            {prompt}
            <p id="preview-instruction" className="field__hint">
              {single ? tl('questions.preview.chooseOne') : tl('questions.preview.chooseMany')}
            </p>
            {content.options.map((option) => (
              <div className="choice" key={option.id}>
                <input type={single ? 'radio' : 'checkbox'} id={`preview-${option.id}`} name="preview-answer" />
                <label htmlFor={`preview-${option.id}`}>
                  {show(option.text)} {showKey && correct(option.id) && correctMark}
                </label>
              </div>
            ))}
          </fieldset>
        );
      }
      case 'true_false':
        return (
          <fieldset className="choice-group" aria-labelledby="preview-prompt">
            {prompt}
            {[true, false].map((value) => (
              <div className="choice" key={String(value)}>
                <input type="radio" id={`preview-${String(value)}`} name="preview-answer" />
                <label htmlFor={`preview-${String(value)}`}>
                  {value ? tl('questions.preview.true') : tl('questions.preview.false')}{' '}
                  {showKey && content.correct === value && correctMark}
                </label>
              </div>
            ))}
          </fieldset>
        );
      case 'matching': {
        const rights = shuffled(content.pairs);
        return (
          <div role="group" aria-labelledby="preview-prompt">
            {prompt}
            {content.pairs.map((pair) => (
              <div className="field" key={pair.id}>
                <label htmlFor={`preview-${pair.id}`}>{show(pair.left)}</label>
                <select id={`preview-${pair.id}`} defaultValue="">
                  <option value="">{tl('questions.preview.chooseMatch')}</option>
                  {rights.map((right) => (
                    <option key={right.id} value={right.id}>
                      {text(right.right) || tl('questions.preview.missing')}
                    </option>
                  ))}
                </select>
                {showKey && (
                  <p className="question-preview__key">
                    {tl('questions.preview.matchKey', { answer: text(pair.right) || tl('questions.preview.missing') })}
                  </p>
                )}
              </div>
            ))}
          </div>
        );
      }
      case 'ordering':
        return (
          <div role="group" aria-labelledby="preview-prompt">
            {prompt}
            <p className="field__hint">{tl('questions.preview.putInOrder')}</p>
            <ol className="question-preview__order">
              {shuffled(content.items).map((item) => (
                <li key={item.id}>{show(item.text)}</li>
              ))}
            </ol>
            {showKey && (
              <div className="question-preview__key">
                <p>{tl('questions.preview.orderKey')}</p>
                <ol>
                  {content.items.map((item) => (
                    <li key={item.id}>{show(item.text)}</li>
                  ))}
                </ol>
              </div>
            )}
          </div>
        );
      case 'short_answer': {
        const accepted = linesOf(content.accepted[locale]);
        return (
          <>
            {prompt}
            <div className="field">
              <label htmlFor="preview-answer">{tl('questions.preview.yourAnswer')}</label>
              <input id="preview-answer" type="text" autoComplete="off" />
            </div>
            {showKey && (
              <div className="question-preview__key">
                <p>{tl('questions.preview.acceptedKey')}</p>
                {accepted.length > 0 ? (
                  <ul>
                    {accepted.map((answer) => (
                      <li key={answer}>{answer}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="preview-missing">{tl('questions.preview.missing')}</p>
                )}
              </div>
            )}
          </>
        );
      }
      case 'numeric': {
        const unit = text(content.unit);
        return (
          <>
            {prompt}
            <div className="field">
              <label htmlFor="preview-answer">
                {unit ? tl('questions.preview.yourNumberIn', { unit }) : tl('questions.preview.yourNumber')}
              </label>
              <input id="preview-answer" type="text" inputMode="decimal" autoComplete="off" />
            </div>
            {showKey && (
              <p className="question-preview__key">
                {tl('questions.preview.numericKey', {
                  value: content.value.trim() || '—',
                  tolerance: content.tolerance.trim() || '0',
                  unit,
                })}
              </p>
            )}
          </>
        );
      }
      case 'essay':
        return (
          <>
            {prompt}
            <div className="field">
              <label htmlFor="preview-answer">{tl('questions.preview.yourAnswer')}</label>
              <textarea id="preview-answer" rows={6} />
            </div>
            {showKey && (
              <div className="question-preview__key">
                <p>{tl('questions.preview.rubricKey')}</p>
                <ul>
                  {content.rubric.map((criterion) => (
                    <li key={criterion.id}>
                      {show(criterion.criterion)}{' '}
                      {tl('questions.preview.criterionPoints', { points: criterion.maxPoints.trim() || '—' })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        );
    }
  };

  return (
    <section className="card question-preview" aria-labelledby="question-preview-title">
      <h3 id="question-preview-title">{t('questions.preview.title')}</h3>
      <p className="field__hint">{t('questions.preview.hint')}</p>
      <div className="question-preview__controls">
        <RadioGroup
          id="question-preview-language"
          legend={t('questions.preview.language')}
          // Each language named in itself, so a reader of either finds theirs.
          choices={LOCALES.map((value) => ({ value, label: t(`common:language.names.${value}`), lang: value }))}
          value={locale}
          onChange={setLocale}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={showKey}
          onClick={() => setShowKey((shown) => !shown)}
        >
          {t('questions.preview.showKey')}
        </button>
      </div>
      <div className="question-preview__body" lang={locale}>
        {body()}
        <p className="question-preview__points">
          {tl('questions.preview.points', { points: values.points.trim() || '—' })}
        </p>
        {showKey && (
          <div className="question-preview__key">
            <p>{tl('questions.preview.explanation')}</p>
            <p>{show(values.explanation)}</p>
          </div>
        )}
      </div>
    </section>
  );
}
