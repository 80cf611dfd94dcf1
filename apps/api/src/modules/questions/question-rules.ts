import {
  type Bilingual,
  type FieldError,
  FieldErrorCode,
  LOCALES,
  PARTIAL_CREDIT_RULES,
  type PartialCreditRule,
  QUESTION_LIMITS as L,
  QUESTION_TYPES,
  type QuestionContent,
} from '@bilikti/contracts';
import { isPlainObject } from '../../common/is-plain-object';

type Errors = Record<string, FieldError>;

/**
 * Checks the type-specific part of a question and returns it cleaned (trimmed texts, only known
 * keys), or the field errors with their paths (`content.options.2.text.ru`). Drafts may leave one
 * language empty (`completeness` reports it); structure and keys must always be right.
 */
export function checkQuestionContent(raw: unknown): { content?: QuestionContent; errors: Errors } {
  const errors: Errors = {};
  const at = (path: string) => `content${path}`;
  if (!isPlainObject(raw)) return { errors: { content: { code: FieldErrorCode.InvalidType } } };
  const type = raw.type;
  if (typeof type !== 'string' || !(QUESTION_TYPES as readonly string[]).includes(type)) {
    return { errors: { 'content.type': { code: FieldErrorCode.InvalidValue } } };
  }
  const allowed: Record<string, string[]> = {
    single_choice: ['type', 'options', 'correctOptionId'],
    multiple_choice: ['type', 'options', 'correctOptionIds', 'partialCredit'],
    true_false: ['type', 'correct'],
    matching: ['type', 'pairs'],
    ordering: ['type', 'items'],
    short_answer: ['type', 'accepted'],
    numeric: ['type', 'value', 'tolerance', 'unit'],
    essay: ['type', 'rubric'],
  };
  for (const key of Object.keys(raw)) {
    if (!allowed[type].includes(key)) errors[at(`.${key}`)] = { code: FieldErrorCode.UnknownField };
  }

  const text = (value: unknown, path: string, max: number): Bilingual => {
    const result = { kk: '', ru: '' };
    if (!isPlainObject(value)) {
      errors[at(path)] = { code: value === undefined ? FieldErrorCode.Required : FieldErrorCode.InvalidType };
      return result;
    }
    for (const locale of LOCALES) {
      const part = value[locale];
      if (typeof part !== 'string') errors[at(`${path}.${locale}`)] = { code: FieldErrorCode.InvalidType };
      else if (part.trim().length > max)
        errors[at(`${path}.${locale}`)] = { code: FieldErrorCode.TooLong, params: { max } };
      else result[locale] = part.trim();
    }
    return result;
  };
  const list = <T>(
    value: unknown,
    path: string,
    min: number,
    max: number,
    each: (item: unknown, path: string) => T,
  ) => {
    if (!Array.isArray(value)) {
      errors[at(path)] = { code: value === undefined ? FieldErrorCode.Required : FieldErrorCode.InvalidType };
      return [];
    }
    if (value.length < min) errors[at(path)] = { code: FieldErrorCode.TooShort, params: { min } };
    if (value.length > max) errors[at(path)] = { code: FieldErrorCode.TooLong, params: { max } };
    return value.slice(0, max).map((item, index) => each(item, `${path}.${index}`));
  };
  const id = (value: unknown, path: string): string => {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(value)) {
      errors[at(path)] = { code: FieldErrorCode.InvalidValue };
      return '';
    }
    return value;
  };
  const uniqueIds = (items: { id: string }[], path: string) => {
    if (new Set(items.map((i) => i.id)).size !== items.length) errors[at(path)] = { code: FieldErrorCode.InvalidValue };
  };
  const option = (item: unknown, path: string) => {
    const o = isPlainObject(item) ? item : {};
    if (!isPlainObject(item)) errors[at(path)] = { code: FieldErrorCode.InvalidType };
    return { id: id(o.id, `${path}.id`), text: text(o.text, `${path}.text`, L.optionMax) };
  };
  const finite = (value: unknown, path: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors[at(path)] = { code: value === undefined ? FieldErrorCode.Required : FieldErrorCode.InvalidType };
      return 0;
    }
    return value;
  };

  let content: QuestionContent;
  switch (type) {
    case 'single_choice': {
      const options = list(raw.options, '.options', L.optionsMin, L.optionsMax, option);
      uniqueIds(options, '.options');
      const correct = typeof raw.correctOptionId === 'string' ? raw.correctOptionId : '';
      if (!options.some((o) => o.id === correct))
        errors[at('.correctOptionId')] = { code: FieldErrorCode.InvalidValue };
      content = { type, options, correctOptionId: correct };
      break;
    }
    case 'multiple_choice': {
      const options = list(raw.options, '.options', L.optionsMin, L.optionsMax, option);
      uniqueIds(options, '.options');
      const correct = Array.isArray(raw.correctOptionIds) ? raw.correctOptionIds : null;
      const ids = new Set(options.map((o) => o.id));
      if (
        !correct ||
        !correct.length ||
        new Set(correct).size !== correct.length ||
        !correct.every((c) => typeof c === 'string' && ids.has(c))
      ) {
        errors[at('.correctOptionIds')] = { code: FieldErrorCode.InvalidValue };
      }
      const rule = raw.partialCredit;
      if (typeof rule !== 'string' || !(PARTIAL_CREDIT_RULES as readonly string[]).includes(rule)) {
        errors[at('.partialCredit')] = { code: FieldErrorCode.InvalidValue };
      }
      content = {
        type,
        options,
        correctOptionIds: (correct ?? []).filter((c): c is string => typeof c === 'string'),
        partialCredit: rule as PartialCreditRule,
      };
      break;
    }
    case 'true_false':
      if (typeof raw.correct !== 'boolean') errors[at('.correct')] = { code: FieldErrorCode.InvalidType };
      content = { type, correct: raw.correct === true };
      break;
    case 'matching': {
      const pairs = list(raw.pairs, '.pairs', L.pairsMin, L.pairsMax, (item, path) => {
        const p = isPlainObject(item) ? item : {};
        return {
          id: id(p.id, `${path}.id`),
          left: text(p.left, `${path}.left`, L.optionMax),
          right: text(p.right, `${path}.right`, L.optionMax),
        };
      });
      uniqueIds(pairs, '.pairs');
      content = { type, pairs };
      break;
    }
    case 'ordering': {
      const items = list(raw.items, '.items', L.itemsMin, L.itemsMax, option);
      uniqueIds(items, '.items');
      content = { type, items };
      break;
    }
    case 'short_answer': {
      const accepted = { kk: [] as string[], ru: [] as string[] };
      if (!isPlainObject(raw.accepted)) errors[at('.accepted')] = { code: FieldErrorCode.Required };
      else {
        for (const locale of LOCALES) {
          accepted[locale] = list(raw.accepted[locale], `.accepted.${locale}`, 0, L.acceptedMax, (item, path) => {
            if (typeof item !== 'string' || !item.trim() || item.trim().length > L.acceptedAnswerMax) {
              errors[at(path)] = { code: FieldErrorCode.InvalidValue };
              return '';
            }
            return item.trim();
          });
        }
        if (!accepted.kk.length && !accepted.ru.length) errors[at('.accepted')] = { code: FieldErrorCode.Required };
      }
      content = { type, accepted };
      break;
    }
    case 'numeric': {
      const value = finite(raw.value, '.value');
      const tolerance = finite(raw.tolerance, '.tolerance');
      if (tolerance < 0) errors[at('.tolerance')] = { code: FieldErrorCode.OutOfRange, params: { min: 0 } };
      content = {
        type,
        value,
        tolerance,
        unit: raw.unit === undefined ? { kk: '', ru: '' } : text(raw.unit, '.unit', 50),
      };
      break;
    }
    default: {
      const rubric = list(raw.rubric, '.rubric', L.rubricMin, L.rubricMax, (item, path) => {
        const r = isPlainObject(item) ? item : {};
        const maxPoints = finite(r.maxPoints, `${path}.maxPoints`);
        if (maxPoints < L.pointsMin || maxPoints > L.criterionMaxPoints) {
          errors[at(`${path}.maxPoints`)] = {
            code: FieldErrorCode.OutOfRange,
            params: { min: L.pointsMin, max: L.criterionMaxPoints },
          };
        }
        return {
          id: id(r.id, `${path}.id`),
          criterion: text(r.criterion, `${path}.criterion`, L.optionMax),
          maxPoints,
        };
      });
      uniqueIds(rubric, '.rubric');
      content = { type: 'essay', rubric };
    }
  }
  return Object.keys(errors).length ? { errors } : { content, errors };
}
