import type { EntityManager } from 'typeorm';
import { recountEnrolment } from './enrolment-counts';

/**
 * Completes an assessment lesson in the learner's progress (it was passed) and recounts the
 * enrolment. Completion only ever grows: a lesson already completed is left as it is.
 */
export async function completeAssessmentLesson(
  manager: EntityManager,
  enrolmentId: string,
  lessonId: string,
  at: Date,
): Promise<void> {
  const changed: unknown[] = await manager.query(
    `INSERT INTO lesson_progress AS p (enrolment_id, lesson_id, status, opened_at, completed_at, updated_at)
     VALUES ($1, $2, 'completed', $3, $3, now())
     ON CONFLICT (enrolment_id, lesson_id) DO UPDATE
        SET status = 'completed',
            completed_at = EXCLUDED.completed_at,
            opened_at = coalesce(p.opened_at, EXCLUDED.opened_at),
            updated_at = now()
      WHERE p.status <> 'completed'
     RETURNING 1`,
    [enrolmentId, lessonId, at],
  );
  if (changed.length) await recountEnrolment(manager, enrolmentId);
}
