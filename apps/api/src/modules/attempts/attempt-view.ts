import type {
  AnswerValue,
  AttemptQuestion,
  AttemptQuestionView,
  AttemptResult,
  AttemptSummary,
  FeedbackPolicy,
  QuestionContent,
  QuestionOption,
} from '@bilikti/contracts';
import type { AttemptEntity } from './entities/attempt.entity';
import type { AttemptItemEntity } from './entities/attempt-item.entity';

/** Whether correct answers and explanations may be shown to the learner now. */
export function feedbackReleased(
  attempt: Pick<AttemptEntity, 'status' | 'feedback' | 'availableUntil'>,
  now: Date,
): boolean {
  if (attempt.status === 'in_progress') return false;
  const policy: FeedbackPolicy = attempt.feedback;
  if (policy === 'after_submit') return true;
  if (policy === 'after_close') return !!attempt.availableUntil && attempt.availableUntil <= now;
  return false;
}

function inOrder<T extends { id: string }>(items: T[], order: string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = order.map((id) => byId.get(id)).filter((item): item is T => !!item);
  // Parts missing from the order (none in practice) still show, after the others.
  return [...ordered, ...items.filter((item) => !order.includes(item.id))];
}

/**
 * Matching right-hand sides and ordering items are shown under ids made from their place on the
 * screen ("r1", "o2"), not their own: a matching pair's id is the same on both sides, and authors'
 * item ids may run in the right order, so either would give the answer away.
 */
const ALIAS_PREFIX: Partial<Record<QuestionContent['type'], string>> = { matching: 'r', ordering: 'o' };

function aliases(content: QuestionContent, order: string[]): { shown: Map<string, string>; real: Map<string, string> } {
  const prefix = ALIAS_PREFIX[content.type];
  const shown = new Map<string, string>();
  const real = new Map<string, string>();
  if (prefix) {
    order.forEach((id, index) => {
      shown.set(id, `${prefix}${index + 1}`);
      real.set(`${prefix}${index + 1}`, id);
    });
  }
  return { shown, real };
}

/** The question as the learner sees it while answering: texts and order, never the key. */
export function questionView(content: QuestionContent, order: string[]): AttemptQuestionView {
  const { shown } = aliases(content, order);
  switch (content.type) {
    case 'single_choice':
      return { type: 'single_choice', options: inOrder(content.options, order) };
    case 'multiple_choice':
      return {
        type: 'multiple_choice',
        options: inOrder(content.options, order),
        choose: content.correctOptionIds.length,
      };
    case 'true_false':
      return { type: 'true_false' };
    case 'matching': {
      const left: QuestionOption[] = content.pairs.map((p) => ({ id: p.id, text: p.left }));
      const right: QuestionOption[] = inOrder(content.pairs, order).map((p) => ({
        id: shown.get(p.id) ?? p.id,
        text: p.right,
      }));
      return { type: 'matching', left, right };
    }
    case 'ordering':
      return {
        type: 'ordering',
        items: inOrder(content.items, order).map((item) => ({ id: shown.get(item.id) ?? item.id, text: item.text })),
      };
    case 'short_answer':
      return { type: 'short_answer' };
    case 'numeric':
      return { type: 'numeric', unit: content.unit };
    case 'essay':
      return { type: 'essay', rubric: content.rubric };
  }
}

/** A stored answer as the learner's screen names things (see `questionView`). */
export function shownAnswer(content: QuestionContent, order: string[], answer: AnswerValue): AnswerValue {
  const { shown } = aliases(content, order);
  if (answer.type === 'matching') {
    return {
      type: 'matching',
      matches: Object.fromEntries(
        Object.entries(answer.matches).map(([left, right]) => [left, shown.get(right) ?? right]),
      ),
    };
  }
  if (answer.type === 'ordering') return { type: 'ordering', order: answer.order.map((id) => shown.get(id) ?? id) };
  return answer;
}

/**
 * An answer from the learner's screen in the question's own ids, for storing and scoring; null
 * when it names something the screen did not show. Other shapes are checked by the caller.
 */
export function storedAnswer(content: QuestionContent, order: string[], answer: AnswerValue): AnswerValue | null {
  const { real } = aliases(content, order);
  if (content.type === 'matching' && answer.type === 'matching') {
    if (typeof answer.matches !== 'object' || answer.matches === null || Array.isArray(answer.matches)) return null;
    const entries = Object.entries(answer.matches as Record<string, unknown>).map(([left, right]) => [
      left,
      typeof right === 'string' ? real.get(right) : undefined,
    ]);
    if (entries.some(([, right]) => right === undefined)) return null;
    return { type: 'matching', matches: Object.fromEntries(entries) as Record<string, string> };
  }
  if (content.type === 'ordering' && answer.type === 'ordering') {
    if (!Array.isArray(answer.order)) return null;
    const ids = (answer.order as unknown[]).map((id) => (typeof id === 'string' ? real.get(id) : undefined));
    if (ids.some((id) => id === undefined)) return null;
    return { type: 'ordering', order: ids as string[] };
  }
  return answer;
}

export function toAttemptQuestion(item: AttemptItemEntity, withFeedback: boolean): AttemptQuestion {
  const answer = item.answer as AnswerValue | null;
  return {
    questionId: item.questionId,
    position: item.position,
    type: item.type,
    prompt: item.prompt,
    points: item.points,
    view: questionView(item.content, item.presentation.order),
    answer: answer && shownAnswer(item.content, item.presentation.order, answer),
    revision: item.revision,
    answeredAt: item.answeredAt ? item.answeredAt.toISOString() : null,
    feedback: withFeedback
      ? {
          score: item.score,
          key: item.content,
          explanation: item.explanation,
          rubricScores: item.rubricScores,
          comment: item.comment,
        }
      : null,
  };
}

export function attemptResult(attempt: AttemptEntity): AttemptResult | null {
  if (attempt.status === 'in_progress') return null;
  return {
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore,
    percent: attempt.percent ?? 0,
    passPercent: attempt.passPercent,
    passed: attempt.passed,
  };
}

export function toAttemptSummary(
  attempt: AttemptEntity,
  counts: { answered: number; pending: number },
): AttemptSummary {
  return {
    id: attempt.id,
    lessonId: attempt.lessonId,
    number: attempt.number,
    status: attempt.status,
    closedBy: attempt.closedBy,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt ? attempt.deadlineAt.toISOString() : null,
    closedAt: attempt.closedAt ? attempt.closedAt.toISOString() : null,
    questionCount: attempt.questionCount,
    answeredCount: counts.answered,
    pendingCount: counts.pending,
    result: attemptResult(attempt),
  };
}

/** Whole percent of the points, rounded down, safe from floating-point sums (2.9999… is 3). */
export function scorePercent(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.floor((100 * score) / maxScore + 1e-9) : 0;
}
