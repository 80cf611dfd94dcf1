import { PARTIAL_CREDIT_RULES, QUESTION_LIMITS, type Locale, type PartialCreditRule } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../../components/ui/choice-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { BilingualField } from './bilingual-field';
import { newCriterion, newOption, newPair, type ContentValues } from './question-form-values';
import { QuestionItemList } from './question-item-list';

type FieldErrorOf = (field: string) => string | undefined;

interface QuestionContentFieldsProps {
  content: ContentValues;
  onChange: (content: ContentValues) => void;
  fieldError: FieldErrorOf;
}

const bilingualErrors = (fieldError: FieldErrorOf, field: string) => ({
  kk: fieldError(`${field}.kk`),
  ru: fieldError(`${field}.ru`),
});

/** What a row's id or the row as a whole was refused for (a duplicate id, say). */
const rowError = (fieldError: FieldErrorOf, field: string) => (index: number) =>
  fieldError(`${field}.${index}`) ?? fieldError(`${field}.${index}.id`);

/** The answer part of the editor, one layout per question type. */
export function QuestionContentFields({ content, onChange, fieldError }: QuestionContentFieldsProps) {
  const { t } = useTranslation('studio');

  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const single = content.type === 'single_choice';
      const isCorrect = (id: string) =>
        content.type === 'single_choice' ? content.correctOptionId === id : content.correctOptionIds.includes(id);
      const setCorrect = (id: string, checked: boolean) => {
        if (content.type === 'single_choice') onChange({ ...content, correctOptionId: id });
        else {
          const others = content.correctOptionIds.filter((other) => other !== id);
          onChange({ ...content, correctOptionIds: checked ? [...others, id] : others });
        }
      };
      const keyError = single ? fieldError('content.correctOptionId') : fieldError('content.correctOptionIds');
      return (
        <>
          <QuestionItemList
            id="question-option"
            legend={t('questions.options.legend')}
            hint={single ? t('questions.options.hintSingle') : t('questions.options.hintMultiple')}
            items={content.options}
            onChange={(options) => {
              const ids = new Set(options.map((option) => option.id));
              onChange(
                content.type === 'single_choice'
                  ? {
                      ...content,
                      options,
                      correctOptionId: ids.has(content.correctOptionId) ? content.correctOptionId : '',
                    }
                  : { ...content, options, correctOptionIds: content.correctOptionIds.filter((id) => ids.has(id)) },
              );
            }}
            min={QUESTION_LIMITS.optionsMin}
            max={QUESTION_LIMITS.optionsMax}
            itemLabel={(index) => t('questions.options.item', { number: index + 1 })}
            addLabel={t('questions.options.add')}
            create={newOption}
            firstInputId={(option) => `question-option-${option.id}-kk`}
            error={fieldError('content.options') ?? keyError}
            rowError={rowError(fieldError, 'content.options')}
            renderItem={(option, index) => (
              <>
                <BilingualField
                  id={`question-option-${option.id}`}
                  labels={{
                    kk: t('questions.options.text.kk', { number: index + 1 }),
                    ru: t('questions.options.text.ru', { number: index + 1 }),
                  }}
                  maxLength={QUESTION_LIMITS.optionMax}
                  value={option.text}
                  onChange={(lang, text) =>
                    onChange({
                      ...content,
                      options: content.options.map((other) =>
                        other.id === option.id ? { ...other, text: { ...other.text, [lang]: text } } : other,
                      ),
                    })
                  }
                  errors={bilingualErrors(fieldError, `content.options.${index}.text`)}
                />
                <div className="choice question-items__key">
                  <input
                    type={single ? 'radio' : 'checkbox'}
                    id={`question-option-${option.id}-correct`}
                    name="question-correct"
                    checked={isCorrect(option.id)}
                    onChange={(event) => setCorrect(option.id, event.target.checked)}
                  />
                  <label htmlFor={`question-option-${option.id}-correct`}>
                    {t('questions.options.correct', { number: index + 1 })}
                  </label>
                </div>
              </>
            )}
          />
          {content.type === 'multiple_choice' && (
            <SelectField
              id="question-partial-credit"
              label={t('questions.partialCredit.label')}
              hint={t(`questions.partialCredit.hints.${content.partialCredit}`)}
              value={content.partialCredit}
              onChange={(event) => onChange({ ...content, partialCredit: event.target.value as PartialCreditRule })}
              error={fieldError('content.partialCredit')}
            >
              {PARTIAL_CREDIT_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`questions.partialCredit.rules.${rule}`)}
                </option>
              ))}
            </SelectField>
          )}
        </>
      );
    }
    case 'true_false':
      return (
        <RadioGroup
          id="question-true-false"
          legend={t('questions.trueFalse.legend')}
          choices={[
            { value: 'true', label: t('questions.trueFalse.true') },
            { value: 'false', label: t('questions.trueFalse.false') },
          ]}
          value={content.correct === null ? '' : String(content.correct)}
          onChange={(value) => onChange({ ...content, correct: value === 'true' })}
          error={fieldError('content.correct')}
        />
      );
    case 'matching':
      return (
        <QuestionItemList
          id="question-pair"
          legend={t('questions.pairs.legend')}
          hint={t('questions.pairs.hint')}
          items={content.pairs}
          onChange={(pairs) => onChange({ ...content, pairs })}
          min={QUESTION_LIMITS.pairsMin}
          max={QUESTION_LIMITS.pairsMax}
          itemLabel={(index) => t('questions.pairs.item', { number: index + 1 })}
          addLabel={t('questions.pairs.add')}
          create={newPair}
          firstInputId={(pair) => `question-pair-${pair.id}-left-kk`}
          error={fieldError('content.pairs')}
          rowError={rowError(fieldError, 'content.pairs')}
          renderItem={(pair, index) =>
            (['left', 'right'] as const).map((side) => (
              <BilingualField
                key={side}
                id={`question-pair-${pair.id}-${side}`}
                labels={{
                  kk: t(`questions.pairs.${side}.kk`, { number: index + 1 }),
                  ru: t(`questions.pairs.${side}.ru`, { number: index + 1 }),
                }}
                maxLength={QUESTION_LIMITS.optionMax}
                value={pair[side]}
                onChange={(lang, text) =>
                  onChange({
                    ...content,
                    pairs: content.pairs.map((other) =>
                      other.id === pair.id ? { ...other, [side]: { ...other[side], [lang]: text } } : other,
                    ),
                  })
                }
                errors={bilingualErrors(fieldError, `content.pairs.${index}.${side}`)}
              />
            ))
          }
        />
      );
    case 'ordering':
      return (
        <QuestionItemList
          id="question-item"
          legend={t('questions.ordering.legend')}
          hint={t('questions.ordering.hint')}
          items={content.items}
          onChange={(items) => onChange({ ...content, items })}
          min={QUESTION_LIMITS.itemsMin}
          max={QUESTION_LIMITS.itemsMax}
          itemLabel={(index) => t('questions.ordering.item', { number: index + 1 })}
          addLabel={t('questions.ordering.add')}
          create={newOption}
          firstInputId={(item) => `question-item-${item.id}-kk`}
          error={fieldError('content.items')}
          rowError={rowError(fieldError, 'content.items')}
          renderItem={(item, index) => (
            <BilingualField
              id={`question-item-${item.id}`}
              labels={{
                kk: t('questions.ordering.text.kk', { number: index + 1 }),
                ru: t('questions.ordering.text.ru', { number: index + 1 }),
              }}
              maxLength={QUESTION_LIMITS.optionMax}
              value={item.text}
              onChange={(lang, text) =>
                onChange({
                  ...content,
                  items: content.items.map((other) =>
                    other.id === item.id ? { ...other, text: { ...other.text, [lang]: text } } : other,
                  ),
                })
              }
              errors={bilingualErrors(fieldError, `content.items.${index}.text`)}
            />
          )}
        />
      );
    case 'short_answer':
      return (
        <BilingualField
          id="question-accepted"
          multiline
          labels={{ kk: t('questions.shortAnswer.kk'), ru: t('questions.shortAnswer.ru') }}
          hint={t('questions.shortAnswer.hint', {
            max: QUESTION_LIMITS.acceptedMax,
            length: QUESTION_LIMITS.acceptedAnswerMax,
          })}
          // A whole list per language; each line is checked against acceptedAnswerMax.
          maxLength={(QUESTION_LIMITS.acceptedAnswerMax + 1) * QUESTION_LIMITS.acceptedMax}
          value={content.accepted}
          onChange={(lang, text) => onChange({ ...content, accepted: { ...content.accepted, [lang]: text } })}
          errors={{ kk: acceptedError(fieldError, 'kk'), ru: acceptedError(fieldError, 'ru') }}
        />
      );
    case 'numeric':
      return (
        <>
          <div className="form__row">
            <TextField
              id="question-numeric-value"
              inputMode="decimal"
              autoComplete="off"
              label={t('questions.numeric.value.label')}
              hint={t('questions.numeric.value.hint')}
              value={content.value}
              onChange={(event) => onChange({ ...content, value: event.target.value })}
              error={fieldError('content.value')}
            />
            <TextField
              id="question-numeric-tolerance"
              inputMode="decimal"
              autoComplete="off"
              label={t('questions.numeric.tolerance.label')}
              hint={t('questions.numeric.tolerance.hint')}
              value={content.tolerance}
              onChange={(event) => onChange({ ...content, tolerance: event.target.value })}
              error={fieldError('content.tolerance')}
            />
          </div>
          <BilingualField
            id="question-numeric-unit"
            labels={{ kk: t('questions.numeric.unit.kk'), ru: t('questions.numeric.unit.ru') }}
            hint={t('questions.numeric.unit.hint')}
            maxLength={QUESTION_LIMITS.optionMax}
            value={content.unit}
            onChange={(lang, text) => onChange({ ...content, unit: { ...content.unit, [lang]: text } })}
            errors={bilingualErrors(fieldError, 'content.unit')}
          />
        </>
      );
    case 'essay':
      return (
        <QuestionItemList
          id="question-criterion"
          legend={t('questions.rubric.legend')}
          hint={t('questions.rubric.hint')}
          items={content.rubric}
          onChange={(rubric) => onChange({ ...content, rubric })}
          min={QUESTION_LIMITS.rubricMin}
          max={QUESTION_LIMITS.rubricMax}
          itemLabel={(index) => t('questions.rubric.item', { number: index + 1 })}
          addLabel={t('questions.rubric.add')}
          create={newCriterion}
          firstInputId={(criterion) => `question-criterion-${criterion.id}-kk`}
          error={fieldError('content.rubric')}
          rowError={rowError(fieldError, 'content.rubric')}
          renderItem={(criterion, index) => {
            const update = (change: Partial<typeof criterion>) =>
              onChange({
                ...content,
                rubric: content.rubric.map((other) => (other.id === criterion.id ? { ...other, ...change } : other)),
              });
            return (
              <>
                <BilingualField
                  id={`question-criterion-${criterion.id}`}
                  multiline
                  labels={{
                    kk: t('questions.rubric.text.kk', { number: index + 1 }),
                    ru: t('questions.rubric.text.ru', { number: index + 1 }),
                  }}
                  maxLength={QUESTION_LIMITS.optionMax}
                  value={criterion.criterion}
                  onChange={(lang, text) => update({ criterion: { ...criterion.criterion, [lang]: text } })}
                  errors={bilingualErrors(fieldError, `content.rubric.${index}.criterion`)}
                />
                <TextField
                  id={`question-criterion-${criterion.id}-points`}
                  className="field--short"
                  inputMode="decimal"
                  autoComplete="off"
                  label={t('questions.rubric.maxPoints', { number: index + 1 })}
                  hint={t('questions.rubric.maxPointsHint', {
                    min: QUESTION_LIMITS.pointsMin,
                    max: QUESTION_LIMITS.criterionMaxPoints,
                  })}
                  value={criterion.maxPoints}
                  onChange={(event) => update({ maxPoints: event.target.value })}
                  error={fieldError(`content.rubric.${index}.maxPoints`)}
                />
              </>
            );
          }}
        />
      );
  }
}

/** The API names a single refused line (`content.accepted.kk.3`); it shows on that language's list. */
function acceptedError(fieldError: FieldErrorOf, locale: Locale): string | undefined {
  return fieldError(`content.accepted.${locale}`) ?? fieldError(`content.accepted.${locale}.*`);
}
