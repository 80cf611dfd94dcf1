import type { Bilingual, Locale } from './i18n';

/** Question types of a course's question bank. Essays are graded by hand; the rest automatically. */
export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'matching',
  'ordering',
  'short_answer',
  'numeric',
  'essay',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * How a multiple-choice question scores a partly right answer: all or nothing; the share of
 * correct options chosen (wrong choices give nothing); or right minus wrong (never below zero).
 */
export const PARTIAL_CREDIT_RULES = ['all_or_nothing', 'proportional', 'right_minus_wrong'] as const;
export type PartialCreditRule = (typeof PARTIAL_CREDIT_RULES)[number];

export const QUESTION_LIMITS = {
  promptMax: 5000,
  explanationMax: 5000,
  optionMax: 1000,
  optionsMin: 2,
  optionsMax: 10,
  pairsMin: 2,
  pairsMax: 10,
  itemsMin: 2,
  itemsMax: 10,
  acceptedMax: 20,
  acceptedAnswerMax: 200,
  rubricMin: 1,
  rubricMax: 10,
  criterionMaxPoints: 100,
  pointsMin: 0.5,
  pointsMax: 100,
  tagsMax: 10,
  tagMax: 50,
  competenciesMax: 10,
} as const;

/** An option, pair or item: a stable id (unique in its question) and bilingual text. */
export interface QuestionOption {
  id: string;
  text: Bilingual;
}

export interface MatchingPair {
  id: string;
  left: Bilingual;
  right: Bilingual;
}

export interface RubricCriterion {
  id: string;
  criterion: Bilingual;
  maxPoints: number;
}

/** What each type holds besides the prompt. Scoring keys live here and never reach learners early. */
export type QuestionContent =
  | { type: 'single_choice'; options: QuestionOption[]; correctOptionId: string }
  | {
      type: 'multiple_choice';
      options: QuestionOption[];
      correctOptionIds: string[];
      partialCredit: PartialCreditRule;
    }
  | { type: 'true_false'; correct: boolean }
  /** Learners match each left item to a right one; the pairs as written are the key. */
  | { type: 'matching'; pairs: MatchingPair[] }
  /** Learners put the items in order; the order as written is the key. */
  | { type: 'ordering'; items: QuestionOption[] }
  /** Accepted answers per language, compared after normalising case, spaces and look-alike letters. */
  | { type: 'short_answer'; accepted: Record<Locale, string[]> }
  | { type: 'numeric'; value: number; tolerance: number; unit: Bilingual }
  | { type: 'essay'; rubric: RubricCriterion[] };

export interface QuestionResponse {
  id: string;
  courseId: string;
  type: QuestionType;
  prompt: Bilingual;
  /** Shown with the feedback. */
  explanation: Bilingual;
  points: number;
  tags: string[];
  /** Codes of competencies the question gives evidence for (the competencies feature). */
  competencyCodes: string[];
  content: QuestionContent;
  /** Filled in each language (prompt and every option, pair, item, answer or criterion). */
  complete: Record<Locale, boolean>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateQuestionRequest {
  prompt: Bilingual;
  explanation?: Bilingual;
  points: number;
  tags?: string[];
  competencyCodes?: string[];
  content: QuestionContent;
}

export interface UpdateQuestionRequest {
  version: number;
  prompt?: Bilingual;
  explanation?: Bilingual;
  points?: number;
  tags?: string[];
  competencyCodes?: string[];
  /** The type cannot change: its `type` must stay the same. */
  content?: QuestionContent;
}

export interface ListQuestionsQuery {
  q?: string;
  type?: QuestionType;
  tag?: string;
  page?: number;
  pageSize?: number;
}

/** Whether the prompt and every text of the content are filled in a language. */
export function questionCompleteness(prompt: Bilingual, content: QuestionContent): Record<Locale, boolean> {
  const texts: Bilingual[] = [prompt];
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice':
      texts.push(...content.options.map((o) => o.text));
      break;
    case 'ordering':
      texts.push(...content.items.map((o) => o.text));
      break;
    case 'matching':
      texts.push(...content.pairs.flatMap((p) => [p.left, p.right]));
      break;
    case 'essay':
      texts.push(...content.rubric.map((r) => r.criterion));
      break;
    case 'true_false':
    case 'short_answer':
    case 'numeric':
      break;
  }
  const filled = (locale: Locale) => texts.every((t) => t[locale].trim().length > 0);
  return {
    kk: filled('kk') && (content.type !== 'short_answer' || content.accepted.kk.length > 0),
    ru: filled('ru') && (content.type !== 'short_answer' || content.accepted.ru.length > 0),
  };
}
