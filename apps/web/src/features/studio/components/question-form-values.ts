import {
  FieldErrorCode,
  LOCALES,
  QUESTION_LIMITS,
  type Bilingual,
  type CreateQuestionRequest,
  type MatchingPair,
  type PartialCreditRule,
  type QuestionContent,
  type QuestionOption,
  type QuestionResponse,
  type QuestionType,
  type UpdateQuestionRequest,
} from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';
import { checkLength } from '../../../lib/validation';

export interface CriterionValues {
  id: string;
  criterion: Bilingual;
  /** As typed. */
  maxPoints: string;
}

/** A question's content as the form holds it: numbers as typed, accepted answers one per line. */
export type ContentValues =
  | { type: 'single_choice'; options: QuestionOption[]; correctOptionId: string }
  | {
      type: 'multiple_choice';
      options: QuestionOption[];
      correctOptionIds: string[];
      partialCredit: PartialCreditRule;
    }
  /** Null until the author picks one, so the key is never set by accident. */
  | { type: 'true_false'; correct: boolean | null }
  | { type: 'matching'; pairs: MatchingPair[] }
  | { type: 'ordering'; items: QuestionOption[] }
  | { type: 'short_answer'; accepted: Bilingual }
  | { type: 'numeric'; value: string; tolerance: string; unit: Bilingual }
  | { type: 'essay'; rubric: CriterionValues[] };

export interface QuestionFormValues {
  prompt: Bilingual;
  explanation: Bilingual;
  points: string;
  /** Comma-separated, as typed. */
  tags: string;
  competencyCodes: string;
  content: ContentValues;
}

/**
 * Ids of options, pairs, items and criteria: short, unique within a question. `randomUUID` needs a
 * secure context, which a plain-http LAN address is not; eight random hex digits do as well there.
 */
export function newItemId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().slice(0, 8);
  return [...crypto.getRandomValues(new Uint8Array(4))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const emptyBilingual = (): Bilingual => ({ kk: '', ru: '' });
export const newOption = (): QuestionOption => ({ id: newItemId(), text: emptyBilingual() });
export const newPair = (): MatchingPair => ({ id: newItemId(), left: emptyBilingual(), right: emptyBilingual() });
export const newCriterion = (): CriterionValues => ({ id: newItemId(), criterion: emptyBilingual(), maxPoints: '' });

const times = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);

export function emptyContentValues(type: QuestionType): ContentValues {
  switch (type) {
    case 'single_choice':
      return { type, options: times(QUESTION_LIMITS.optionsMin, newOption), correctOptionId: '' };
    case 'multiple_choice':
      return {
        type,
        options: times(QUESTION_LIMITS.optionsMin, newOption),
        correctOptionIds: [],
        partialCredit: 'all_or_nothing',
      };
    case 'true_false':
      return { type, correct: null };
    case 'matching':
      return { type, pairs: times(QUESTION_LIMITS.pairsMin, newPair) };
    case 'ordering':
      return { type, items: times(QUESTION_LIMITS.itemsMin, newOption) };
    case 'short_answer':
      return { type, accepted: emptyBilingual() };
    case 'numeric':
      return { type, value: '', tolerance: '0', unit: emptyBilingual() };
    case 'essay':
      return { type, rubric: [newCriterion()] };
  }
}

export function emptyQuestionFormValues(type: QuestionType): QuestionFormValues {
  return {
    prompt: emptyBilingual(),
    explanation: emptyBilingual(),
    points: '1',
    tags: '',
    competencyCodes: '',
    content: emptyContentValues(type),
  };
}

const copyOptions = (options: QuestionOption[]) => options.map(({ id, text }) => ({ id, text: { ...text } }));

function contentValuesOf(content: QuestionContent): ContentValues {
  switch (content.type) {
    case 'single_choice':
      return { ...content, options: copyOptions(content.options) };
    case 'multiple_choice':
      return { ...content, options: copyOptions(content.options), correctOptionIds: [...content.correctOptionIds] };
    case 'true_false':
      return { ...content };
    case 'matching':
      return {
        type: content.type,
        pairs: content.pairs.map(({ id, left, right }) => ({ id, left: { ...left }, right: { ...right } })),
      };
    case 'ordering':
      return { type: content.type, items: copyOptions(content.items) };
    case 'short_answer':
      return {
        type: content.type,
        accepted: { kk: content.accepted.kk.join('\n'), ru: content.accepted.ru.join('\n') },
      };
    case 'numeric':
      return {
        type: content.type,
        value: String(content.value),
        tolerance: String(content.tolerance),
        unit: { ...content.unit },
      };
    case 'essay':
      return {
        type: content.type,
        rubric: content.rubric.map(({ id, criterion, maxPoints }) => ({
          id,
          criterion: { ...criterion },
          maxPoints: String(maxPoints),
        })),
      };
  }
}

export function questionFormValuesOf(question: QuestionResponse): QuestionFormValues {
  return {
    prompt: { ...question.prompt },
    explanation: { ...question.explanation },
    points: String(question.points),
    tags: question.tags.join(', '),
    competencyCodes: question.competencyCodes.join(', '),
    content: contentValuesOf(question.content),
  };
}

/** A number as people here write it: "2,5" and "2.5" alike. NaN when empty or not a number. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}

/** "budget, law , budget" → ["budget", "law"]. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const trimBoth = (value: Bilingual): Bilingual => ({ kk: value.kk.trim(), ru: value.ru.trim() });
const isBlank = (value: Bilingual) => !value.kk.trim() && !value.ru.trim();

/** Text that may still lack one language (the bank marks it incomplete), but not both, and not too long. */
function checkBilingual(errors: FieldErrors, field: string, value: Bilingual, max: number, required: boolean) {
  if (required && isBlank(value)) errors[`${field}.kk`] = { code: FieldErrorCode.Required };
  for (const locale of LOCALES) checkLength(errors, `${field}.${locale}`, value[locale], 0, max);
}

function checkCount(errors: FieldErrors, field: string, count: number, min: number, max: number) {
  if (count < min || count > max) errors[field] = { code: FieldErrorCode.OutOfRange, params: { min, max } };
}

function checkRange(errors: FieldErrors, field: string, text: string, min: number, max: number) {
  const value = parseDecimal(text);
  if (!text.trim()) errors[field] = { code: FieldErrorCode.Required };
  else if (!Number.isFinite(value) || value < min || value > max) {
    errors[field] = { code: FieldErrorCode.OutOfRange, params: { min, max } };
  }
}

function checkOptions(errors: FieldErrors, field: string, options: QuestionOption[], min: number, max: number) {
  checkCount(errors, field, options.length, min, max);
  options.forEach((option, index) =>
    checkBilingual(errors, `${field}.${index}.text`, option.text, QUESTION_LIMITS.optionMax, true),
  );
}

function checkContent(errors: FieldErrors, content: ContentValues) {
  const { optionsMin, optionsMax } = QUESTION_LIMITS;
  switch (content.type) {
    case 'single_choice':
      checkOptions(errors, 'content.options', content.options, optionsMin, optionsMax);
      if (!content.options.some((option) => option.id === content.correctOptionId)) {
        errors['content.correctOptionId'] = { code: FieldErrorCode.Required };
      }
      return;
    case 'multiple_choice':
      checkOptions(errors, 'content.options', content.options, optionsMin, optionsMax);
      if (!content.options.some((option) => content.correctOptionIds.includes(option.id))) {
        errors['content.correctOptionIds'] = { code: FieldErrorCode.Required };
      }
      return;
    case 'true_false':
      if (content.correct === null) errors['content.correct'] = { code: FieldErrorCode.Required };
      return;
    case 'matching':
      checkCount(errors, 'content.pairs', content.pairs.length, QUESTION_LIMITS.pairsMin, QUESTION_LIMITS.pairsMax);
      content.pairs.forEach((pair, index) => {
        checkBilingual(errors, `content.pairs.${index}.left`, pair.left, QUESTION_LIMITS.optionMax, true);
        checkBilingual(errors, `content.pairs.${index}.right`, pair.right, QUESTION_LIMITS.optionMax, true);
      });
      return;
    case 'ordering':
      checkOptions(errors, 'content.items', content.items, QUESTION_LIMITS.itemsMin, QUESTION_LIMITS.itemsMax);
      return;
    case 'short_answer': {
      const lines = { kk: linesOf(content.accepted.kk), ru: linesOf(content.accepted.ru) };
      if (lines.kk.length + lines.ru.length === 0) errors['content.accepted.kk'] = { code: FieldErrorCode.Required };
      for (const locale of LOCALES) {
        const field = `content.accepted.${locale}`;
        if (lines[locale].length > QUESTION_LIMITS.acceptedMax) {
          errors[field] = { code: FieldErrorCode.OutOfRange, params: { min: 1, max: QUESTION_LIMITS.acceptedMax } };
        } else if (lines[locale].some((line) => line.length > QUESTION_LIMITS.acceptedAnswerMax)) {
          errors[field] = { code: FieldErrorCode.TooLong, params: { max: QUESTION_LIMITS.acceptedAnswerMax } };
        }
      }
      return;
    }
    case 'numeric':
      if (!content.value.trim()) errors['content.value'] = { code: FieldErrorCode.Required };
      else if (!Number.isFinite(parseDecimal(content.value))) {
        errors['content.value'] = { code: FieldErrorCode.InvalidValue };
      }
      // Empty means exact.
      if (content.tolerance.trim() && !(parseDecimal(content.tolerance) >= 0)) {
        errors['content.tolerance'] = { code: FieldErrorCode.InvalidValue };
      }
      checkBilingual(errors, 'content.unit', content.unit, QUESTION_LIMITS.optionMax, false);
      return;
    case 'essay':
      checkCount(errors, 'content.rubric', content.rubric.length, QUESTION_LIMITS.rubricMin, QUESTION_LIMITS.rubricMax);
      content.rubric.forEach((criterion, index) => {
        checkBilingual(
          errors,
          `content.rubric.${index}.criterion`,
          criterion.criterion,
          QUESTION_LIMITS.optionMax,
          true,
        );
        checkRange(
          errors,
          `content.rubric.${index}.maxPoints`,
          criterion.maxPoints,
          QUESTION_LIMITS.pointsMin,
          QUESTION_LIMITS.criterionMaxPoints,
        );
      });
      return;
  }
}

function checkCodes(errors: FieldErrors, field: string, text: string, maxCount: number, maxLength: number) {
  const codes = parseList(text);
  if (codes.length > maxCount) errors[field] = { code: FieldErrorCode.OutOfRange, params: { min: 0, max: maxCount } };
  else if (codes.some((code) => code.length > maxLength)) {
    errors[field] = { code: FieldErrorCode.TooLong, params: { max: maxLength } };
  }
}

/** Mirrors the API's checks with the same field paths, so both kinds of error show in the same place. */
export function validateQuestion(values: QuestionFormValues): FieldErrors {
  const errors: FieldErrors = {};
  checkBilingual(errors, 'prompt', values.prompt, QUESTION_LIMITS.promptMax, true);
  checkBilingual(errors, 'explanation', values.explanation, QUESTION_LIMITS.explanationMax, false);
  checkRange(errors, 'points', values.points, QUESTION_LIMITS.pointsMin, QUESTION_LIMITS.pointsMax);
  checkCodes(errors, 'tags', values.tags, QUESTION_LIMITS.tagsMax, QUESTION_LIMITS.tagMax);
  checkCodes(
    errors,
    'competencyCodes',
    values.competencyCodes,
    QUESTION_LIMITS.competenciesMax,
    QUESTION_LIMITS.tagMax,
  );
  checkContent(errors, values.content);
  return errors;
}

const trimOptions = (options: QuestionOption[]): QuestionOption[] =>
  options.map(({ id, text }) => ({ id, text: trimBoth(text) }));

export function toQuestionContent(content: ContentValues): QuestionContent {
  switch (content.type) {
    case 'single_choice':
      return { type: content.type, options: trimOptions(content.options), correctOptionId: content.correctOptionId };
    case 'multiple_choice':
      return {
        type: content.type,
        options: trimOptions(content.options),
        // In the options' order, and only ids that still exist.
        correctOptionIds: content.options
          .map((option) => option.id)
          .filter((id) => content.correctOptionIds.includes(id)),
        partialCredit: content.partialCredit,
      };
    case 'true_false':
      return { type: content.type, correct: content.correct === true };
    case 'matching':
      return {
        type: content.type,
        pairs: content.pairs.map(({ id, left, right }) => ({ id, left: trimBoth(left), right: trimBoth(right) })),
      };
    case 'ordering':
      return { type: content.type, items: trimOptions(content.items) };
    case 'short_answer':
      return { type: content.type, accepted: { kk: linesOf(content.accepted.kk), ru: linesOf(content.accepted.ru) } };
    case 'numeric':
      return {
        type: content.type,
        value: parseDecimal(content.value),
        tolerance: content.tolerance.trim() ? parseDecimal(content.tolerance) : 0,
        unit: trimBoth(content.unit),
      };
    case 'essay':
      return {
        type: content.type,
        rubric: content.rubric.map(({ id, criterion, maxPoints }) => ({
          id,
          criterion: trimBoth(criterion),
          maxPoints: parseDecimal(maxPoints),
        })),
      };
  }
}

export function toCreateQuestionRequest(values: QuestionFormValues): CreateQuestionRequest {
  return {
    prompt: trimBoth(values.prompt),
    explanation: trimBoth(values.explanation),
    points: parseDecimal(values.points),
    tags: parseList(values.tags),
    competencyCodes: parseList(values.competencyCodes),
    content: toQuestionContent(values.content),
  };
}

/** The whole question with the version it was based on; the type stays what it was. */
export function toUpdateQuestionRequest(values: QuestionFormValues, version: number): UpdateQuestionRequest {
  return { version, ...toCreateQuestionRequest(values) };
}
