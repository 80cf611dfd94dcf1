import type { EntityManager } from 'typeorm';

/**
 * Recounts an enrolment's completed lessons against its version, and completes the enrolment
 * when every lesson is done. Run after a lesson is completed or the version changes.
 */
export async function recountEnrolment(manager: EntityManager, enrolmentId: string): Promise<void> {
  await manager.query(
    `WITH counts AS (
       SELECT e.id,
              (SELECT count(*) FROM course_version_lessons vl WHERE vl.version_id = e.version_id)::int AS total,
              (SELECT count(*) FROM lesson_progress p
                 JOIN course_version_lessons vl ON vl.version_id = e.version_id AND vl.lesson_id = p.lesson_id
                WHERE p.enrolment_id = e.id AND p.status = 'completed')::int AS done
         FROM enrolments e WHERE e.id = $1)
     UPDATE enrolments e
        SET total_lessons = c.total,
            completed_lessons = c.done,
            status = CASE WHEN e.status = 'active' AND c.total > 0 AND c.done = c.total THEN 'completed' ELSE e.status END,
            completed_at = CASE WHEN e.status = 'active' AND c.total > 0 AND c.done = c.total THEN now() ELSE e.completed_at END
       FROM counts c
      WHERE e.id = c.id`,
    [enrolmentId],
  );
}
