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

/** The question as the learner sees it while answering: texts and order, never the key. */
export function questionView(content: QuestionContent, order: string[]): AttemptQuestionView {
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
      const right: QuestionOption[] = inOrder(content.pairs, order).map((p) => ({ id: p.id, text: p.right }));
      return { type: 'matching', left, right };
    }
    case 'ordering':
      return { type: 'ordering', items: inOrder(content.items, order) };
    case 'short_answer':
      return { type: 'short_answer' };
    case 'numeric':
      return { type: 'numeric', unit: content.unit };
    case 'essay':
      return { type: 'essay', rubric: content.rubric };
  }
}

export function toAttemptQuestion(item: AttemptItemEntity, withFeedback: boolean): AttemptQuestion {
  return {
    questionId: item.questionId,
    position: item.position,
    type: item.type,
    prompt: item.prompt,
    points: item.points,
    view: questionView(item.content, item.presentation.order),
    answer: item.answer as AnswerValue | null,
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
