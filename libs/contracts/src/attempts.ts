import type { FeedbackPolicy } from './courses';
import type { Bilingual } from './i18n';
import type { QuestionContent, QuestionOption, QuestionType, RubricCriterion } from './questions';
import type { Position } from './roles';
import type { AnswerValue } from './scoring';

/**
 * `in_progress`: the learner is answering; `pending_grading`: closed, an essay waits for an
 * instructor; `graded`: closed and every part scored, the result is final.
 */
export const ATTEMPT_STATUSES = ['in_progress', 'pending_grading', 'graded'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** How an attempt closed: the learner submitted it, or the server closed it at the deadline. */
export const ATTEMPT_CLOSE_REASONS = ['submitted', 'deadline'] as const;
export type AttemptCloseReason = (typeof ATTEMPT_CLOSE_REASONS)[number];

export const ATTEMPT_LIMITS = {
  /** The longest comment an instructor may write on an essay. */
  commentMax: 5000,
} as const;

/**
 * A question as the learner sees it while answering: the texts and the order to show them in,
 * never which answer is right. Options, items and right-hand sides are in the attempt's order.
 */
export type AttemptQuestionView =
  | { type: 'single_choice'; options: QuestionOption[] }
  | { type: 'multiple_choice'; options: QuestionOption[]; /** How many options are right. */ choose: number }
  | { type: 'true_false' }
  /** Match each `left` item (a pair id) to one of the `right` texts (also pair ids, shuffled). */
  | { type: 'matching'; left: QuestionOption[]; right: QuestionOption[] }
  /** The items in the order first shown; the learner answers with the ids in their order. */
  | { type: 'ordering'; items: QuestionOption[] }
  | { type: 'short_answer' }
  | { type: 'numeric'; unit: Bilingual }
  | { type: 'essay'; rubric: RubricCriterion[] };

/** What the learner may see about a question once feedback is released (and instructors always). */
export interface AttemptQuestionFeedback {
  /** Points earned; null while an essay waits for grading. */
  score: number | null;
  /** The question's key as it was when the attempt started. */
  key: QuestionContent;
  explanation: Bilingual;
  /** Essay grading: points per rubric criterion id, and the grader's comment. */
  rubricScores: Record<string, number> | null;
  comment: string | null;
}

export interface AttemptQuestion {
  questionId: string;
  /** 1-based place in this attempt. */
  position: number;
  type: QuestionType;
  prompt: Bilingual;
  points: number;
  view: AttemptQuestionView;
  /** The learner's saved answer, or null when not answered. */
  answer: AnswerValue | null;
  /** The revision of the saved answer (0 when none); a save with a lower or equal one changes nothing. */
  revision: number;
  answeredAt: string | null;
  feedback: AttemptQuestionFeedback | null;
}

export interface AttemptResult {
  /** Points earned; while essays wait, the points of what is graded so far. */
  score: number;
  maxScore: number;
  /** Whole percent of the points, rounded down; final only when the attempt is graded. */
  percent: number;
  passPercent: number;
  /** null while essays wait for grading. */
  passed: boolean | null;
}

export interface AttemptLearner {
  id: string;
  fullName: string;
  regionCode: string | null;
  position: Position | null;
}

/** One attempt in a list: the learner's own on the quiz page, or all of them for instructors. */
export interface AttemptSummary {
  id: string;
  lessonId: string;
  number: number;
  status: AttemptStatus;
  closedBy: AttemptCloseReason | null;
  startedAt: string;
  /** The server's deadline (time limit or the end of the window), null when there is none. */
  deadlineAt: string | null;
  closedAt: string | null;
  questionCount: number;
  answeredCount: number;
  /** Essays still to grade. */
  pendingCount: number;
  result: AttemptResult | null;
  /** Present in instructors' lists. */
  learner?: AttemptLearner;
}

/** An attempt with its questions. Keys appear only when feedback is released, or for instructors. */
export interface AttemptResponse extends AttemptSummary {
  courseId: string;
  lessonTitle: Bilingual;
  /** The server's clock when it answered: the countdown is `deadlineAt - serverNow`. */
  serverNow: string;
  feedbackPolicy: FeedbackPolicy;
  /** Whether correct answers and explanations are shown now. */
  feedbackReleased: boolean;
  /** For `after_close`: when they will be. */
  feedbackAt: string | null;
  questions: AttemptQuestion[];
}

export interface SaveAnswerRequest {
  /** null clears the answer. */
  answer: AnswerValue | null;
  /**
   * Grows with each change of this question's answer on the device (e.g. a counter). Saves that
   * arrive late with a lower revision change nothing, so a resent older answer never wins.
   */
  revision: number;
}

export interface SaveAnswerResponse {
  questionId: string;
  /** The revision the server holds now (higher than the request's when a newer save won). */
  revision: number;
  savedAt: string;
  answeredCount: number;
}

/** Why the learner cannot start an attempt now, or null when they can. */
export type QuizBlocker = 'not_open_yet' | 'window_closed' | 'no_attempts_left' | 'no_questions';

/** An assessment lesson as its learner sees it before starting: the rules and their attempts. */
export interface QuizOverviewResponse {
  lessonId: string;
  courseId: string;
  enrolmentId: string;
  questionCount: number;
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  passPercent: number;
  availableFrom: string | null;
  availableUntil: string | null;
  feedbackPolicy: FeedbackPolicy;
  attempts: AttemptSummary[];
  /** The attempt in progress, to resume. */
  openAttemptId: string | null;
  blocker: QuizBlocker | null;
  /** The best final percent so far, and whether any attempt passed. */
  bestPercent: number | null;
  passed: boolean;
  serverNow: string;
}

/** Hand grading of one essay question of an attempt. */
export interface EssayGrade {
  questionId: string;
  /** Points per rubric criterion id; every criterion of the rubric, each 0–its maximum. */
  rubricScores: Record<string, number>;
  comment?: string;
}

export interface GradeAttemptRequest {
  grades: EssayGrade[];
}

export interface ListAttemptsQuery {
  status?: AttemptStatus;
  /** Part of the learner's name or email. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface GradingQueueItem {
  attemptId: string;
  courseId: string;
  courseTitle: Bilingual;
  lessonId: string;
  lessonTitle: Bilingual;
  learner: AttemptLearner;
  number: number;
  closedAt: string;
  pendingCount: number;
}

export interface ItemStatistic {
  questionId: string;
  type: QuestionType;
  prompt: Bilingual;
  points: number;
  /** Closed attempts that asked this question. */
  responses: number;
  /** Mean share of the points earned, 0–1 (higher is easier); null without responses. */
  facility: number | null;
  /**
   * Correlation of the question's score with the rest of the attempt's score, −1–1 (higher
   * separates strong from weak learners better); null with fewer than 2 responses or no spread.
   */
  discrimination: number | null;
}

export interface ItemStatsResponse {
  lessonId: string;
  /** Graded attempts the statistics are computed from. */
  attempts: number;
  items: ItemStatistic[];
}

export const RESULT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ResultExportFormat = (typeof RESULT_EXPORT_FORMATS)[number];
