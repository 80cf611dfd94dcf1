import type { QuestionContent } from './questions';

/** What a learner answers, by question type. */
export type AnswerValue =
  | { type: 'single_choice'; optionId: string }
  | { type: 'multiple_choice'; optionIds: string[] }
  | { type: 'true_false'; value: boolean }
  /** For each left item (pair id), the pair id whose right side the learner chose. */
  | { type: 'matching'; matches: Record<string, string> }
  /** Item ids in the learner's order. */
  | { type: 'ordering'; order: string[] }
  | { type: 'short_answer'; text: string }
  | { type: 'numeric'; value: number }
  | { type: 'essay'; text: string };

/**
 * Letters that look the same but are different characters: Latin typed for Cyrillic on a mixed
 * keyboard, and the Latin/IPA forms of Kazakh letters. Mapped to the Cyrillic letter.
 */
const LOOK_ALIKES: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  i: 'і',
  ə: 'ә',
  ɵ: 'ө',
  ё: 'е',
};

/**
 * The form short answers are compared in: case, spacing, surrounding punctuation and look-alike
 * letters do not matter ("Әділет", " әділет. " and "Əділет" with a Latin schwa are the same).
 */
export function normaliseShortAnswer(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/[aeopcxykmthbiəɵё]/g, (letter) => LOOK_ALIKES[letter] ?? letter)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.,;:!?«»"'()-]+|[\s.,;:!?«»"'()-]+$/g, '');
}

/** Whether an answer has the shape its question's type needs (not whether it is right). */
export function isAnswerShapeValid(content: QuestionContent, answer: unknown): answer is AnswerValue {
  if (typeof answer !== 'object' || answer === null || (answer as { type?: unknown }).type !== content.type)
    return false;
  const a = answer as Record<string, unknown>;
  const keys = Object.keys(a).sort().join(',');
  switch (content.type) {
    case 'single_choice':
      return keys === 'optionId,type' && content.options.some((o) => o.id === a.optionId);
    case 'multiple_choice': {
      const ids = new Set(content.options.map((o) => o.id));
      return (
        keys === 'optionIds,type' &&
        Array.isArray(a.optionIds) &&
        new Set(a.optionIds).size === a.optionIds.length &&
        a.optionIds.every((id) => typeof id === 'string' && ids.has(id))
      );
    }
    case 'true_false':
      return keys === 'type,value' && typeof a.value === 'boolean';
    case 'matching': {
      const ids = new Set(content.pairs.map((p) => p.id));
      const matches = a.matches;
      return (
        keys === 'matches,type' &&
        typeof matches === 'object' &&
        matches !== null &&
        !Array.isArray(matches) &&
        Object.entries(matches).every(([left, right]) => ids.has(left) && typeof right === 'string' && ids.has(right))
      );
    }
    case 'ordering': {
      const ids = content.items.map((i) => i.id).sort();
      return (
        keys === 'order,type' &&
        Array.isArray(a.order) &&
        a.order.length === ids.length &&
        [...(a.order as unknown[])].map(String).sort().join('\u0000') === ids.join('\u0000')
      );
    }
    case 'short_answer':
    case 'essay':
      return keys === 'text,type' && typeof a.text === 'string' && a.text.length <= 20_000;
    case 'numeric':
      return keys === 'type,value' && typeof a.value === 'number' && Number.isFinite(a.value);
  }
}

/**
 * The share of a question's points an answer earns, 0–1; `null` for essays (graded by hand).
 * The answer must have passed `isAnswerShapeValid` for the same question.
 */
export function scoreAnswer(content: QuestionContent, answer: AnswerValue): number | null {
  switch (content.type) {
    case 'single_choice':
      return answer.type === 'single_choice' && answer.optionId === content.correctOptionId ? 1 : 0;
    case 'multiple_choice': {
      if (answer.type !== 'multiple_choice') return 0;
      const correct = new Set(content.correctOptionIds);
      const right = answer.optionIds.filter((id) => correct.has(id)).length;
      const wrong = answer.optionIds.length - right;
      switch (content.partialCredit) {
        case 'all_or_nothing':
          return right === correct.size && wrong === 0 ? 1 : 0;
        case 'proportional':
          return wrong === 0 ? right / correct.size : 0;
        case 'right_minus_wrong':
          return Math.max(0, (right - wrong) / correct.size);
      }
      return 0;
    }
    case 'true_false':
      return answer.type === 'true_false' && answer.value === content.correct ? 1 : 0;
    case 'matching': {
      if (answer.type !== 'matching') return 0;
      const right = content.pairs.filter((p) => answer.matches[p.id] === p.id).length;
      return right / content.pairs.length;
    }
    case 'ordering': {
      if (answer.type !== 'ordering') return 0;
      const right = content.items.filter((item, index) => answer.order[index] === item.id).length;
      return right / content.items.length;
    }
    case 'short_answer': {
      if (answer.type !== 'short_answer') return 0;
      const given = normaliseShortAnswer(answer.text);
      const accepted = [...content.accepted.kk, ...content.accepted.ru].map(normaliseShortAnswer);
      return given.length > 0 && accepted.includes(given) ? 1 : 0;
    }
    case 'numeric':
      return answer.type === 'numeric' && Math.abs(answer.value - content.value) <= content.tolerance + 1e-9 ? 1 : 0;
    case 'essay':
      return null;
  }
}
