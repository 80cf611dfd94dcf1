import { Injectable } from '@nestjs/common';
import { type AnswerValue, isAnswerShapeValid, scoreAnswer } from '@bilikti/contracts';
import type { EntityManager } from 'typeorm';
import { completeAssessmentLesson } from '../learning/lesson-completion';
import { scorePercent } from './attempt-view';
import { AttemptEntity } from './entities/attempt.entity';
import { AttemptItemEntity } from './entities/attempt-item.entity';

/** The database's clock: deadlines are compared with it everywhere, never with the app server's. */
export async function databaseNow(manager: EntityManager): Promise<Date> {
  const [row] = (await manager.query('SELECT now() AS now')) as { now: Date }[];
  return row.now;
}

/** Points an answer earns automatically; null for an answered essay (an instructor grades it). */
export function autoScore(item: Pick<AttemptItemEntity, 'content' | 'answer' | 'points'>): number | null {
  const answer = item.answer as AnswerValue | null;
  if (item.content.type === 'essay') {
    // Nothing written, nothing to grade.
    return answer && answer.type === 'essay' && answer.text.trim() ? null : 0;
  }
  if (!answer || !isAnswerShapeValid(item.content, answer)) return 0;
  return (scoreAnswer(item.content, answer) ?? 0) * item.points;
}

/**
 * Closing and scoring attempts, shared by submitting, the deadline sweeper and hand grading. Every
 * method runs inside the caller's transaction, with the attempt's row locked (`FOR UPDATE`), so an
 * answer being saved either lands before the attempt closes and is scored, or is refused.
 */
@Injectable()
export class AttemptGrading {
  /** Locks the attempt row for the rest of the transaction. */
  lock(manager: EntityManager, id: string): Promise<AttemptEntity | null> {
    return manager.findOne(AttemptEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Closes an attempt in progress and scores it. Past its deadline it closes as of the deadline
   * (`deadline`), otherwise now (`submitted`); answers with the items it scored, in order. A closed attempt
   * is returned as it is, without items.
   */
  async close(
    manager: EntityManager,
    attempt: AttemptEntity,
    now: Date,
  ): Promise<{ attempt: AttemptEntity; items: AttemptItemEntity[] | null }> {
    if (attempt.status !== 'in_progress') return { attempt, items: null };
    const late = !!attempt.deadlineAt && attempt.deadlineAt <= now;
    const items = await manager.find(AttemptItemEntity, {
      where: { attemptId: attempt.id },
      order: { position: 'ASC' },
    });
    for (const item of items) item.score = autoScore(item);
    await manager.query(
      `UPDATE attempt_items i SET score = v.score
         FROM unnest($2::uuid[], $3::float8[]) AS v(question_id, score)
        WHERE i.attempt_id = $1 AND i.question_id = v.question_id`,
      [attempt.id, items.map((i) => i.questionId), items.map((i) => i.score)],
    );
    attempt.closedAt = late && attempt.deadlineAt ? attempt.deadlineAt : now;
    attempt.closedBy = late ? 'deadline' : 'submitted';
    return { attempt: await this.settle(manager, attempt, items, now), items };
  }

  /**
   * Totals a closed attempt's item scores: `graded` with a pass or fail when every part is scored,
   * otherwise `pending_grading`. A pass completes the lesson in the learner's progress.
   */
  async settle(
    manager: EntityManager,
    attempt: AttemptEntity,
    items: Pick<AttemptItemEntity, 'score'>[],
    now: Date,
  ): Promise<AttemptEntity> {
    const pending = items.filter((i) => i.score === null).length;
    const score = items.reduce((sum, i) => sum + (i.score ?? 0), 0);
    attempt.score = score;
    attempt.percent = scorePercent(score, attempt.maxScore);
    attempt.status = pending ? 'pending_grading' : 'graded';
    attempt.passed = pending ? null : attempt.percent >= attempt.passPercent;
    attempt.gradedAt = pending ? null : now;
    await manager.update(
      AttemptEntity,
      { id: attempt.id },
      {
        status: attempt.status,
        closedAt: attempt.closedAt,
        closedBy: attempt.closedBy,
        score: attempt.score,
        percent: attempt.percent,
        passed: attempt.passed,
        gradedAt: attempt.gradedAt,
      },
    );
    if (attempt.passed) {
      await completeAssessmentLesson(manager, attempt.enrolmentId, attempt.lessonId, attempt.closedAt ?? now);
    }
    return attempt;
  }
}
