import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quiz attempts: one row per sitting, and a copy of each question asked with its answer and score. */
export class CreateAttempts1795318395965 implements MigrationInterface {
  name = 'CreateAttempts1795318395965';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "attempts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "enrolment_id" uuid NOT NULL,
                "course_id" uuid NOT NULL,
                "version_id" uuid NOT NULL,
                "lesson_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "status" text NOT NULL DEFAULT 'in_progress',
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deadline_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closed_by" text,
                "graded_at" TIMESTAMP WITH TIME ZONE,
                "pass_percent" integer NOT NULL,
                "feedback" text NOT NULL,
                "available_until" TIMESTAMP WITH TIME ZONE,
                "question_count" integer NOT NULL,
                "max_score" double precision NOT NULL,
                "score" double precision,
                "percent" integer,
                "passed" boolean,
                CONSTRAINT "attempts_closed_check" CHECK ((status = 'in_progress') = (closed_at IS NULL)),
                CONSTRAINT "attempts_feedback_check" CHECK (
                    feedback IN ('none', 'after_submit', 'after_close')
                ),
                CONSTRAINT "attempts_closed_by_check" CHECK (closed_by IN ('submitted', 'deadline')),
                CONSTRAINT "attempts_status_check" CHECK (
                    status IN ('in_progress', 'pending_grading', 'graded')
                ),
                CONSTRAINT "PK_295ca261e361fd2fd217754dcac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "attempts_pending_idx" ON "attempts" ("course_id", "closed_at")
            WHERE status = 'pending_grading'
        `);
    await queryRunner.query(`
            CREATE INDEX "attempts_deadline_idx" ON "attempts" ("deadline_at")
            WHERE status = 'in_progress'
                AND deadline_at IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "attempts_lesson_idx" ON "attempts" ("lesson_id", "started_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "attempts_one_open_key" ON "attempts" ("enrolment_id", "lesson_id")
            WHERE status = 'in_progress'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "attempts_enrolment_lesson_number_key" ON "attempts" ("enrolment_id", "lesson_id", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "attempt_items" (
                "attempt_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "type" text NOT NULL,
                "points" double precision NOT NULL,
                "prompt" jsonb NOT NULL,
                "explanation" jsonb NOT NULL,
                "content" jsonb NOT NULL,
                "presentation" jsonb NOT NULL,
                "answer" jsonb,
                "revision" integer NOT NULL DEFAULT '0',
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "score" double precision,
                "rubric_scores" jsonb,
                "comment" text,
                "graded_by" uuid,
                "graded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_255b531a3fb6001bc5a8b84e83b" PRIMARY KEY ("attempt_id", "question_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "attempt_items_question_idx" ON "attempt_items" ("question_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts"
            ADD CONSTRAINT "attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts"
            ADD CONSTRAINT "attempts_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts"
            ADD CONSTRAINT "attempts_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts"
            ADD CONSTRAINT "attempts_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "course_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempt_items"
            ADD CONSTRAINT "attempt_items_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "attempt_items" DROP CONSTRAINT "attempt_items_attempt_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts" DROP CONSTRAINT "attempts_version_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts" DROP CONSTRAINT "attempts_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts" DROP CONSTRAINT "attempts_enrolment_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts" DROP CONSTRAINT "attempts_user_id_fkey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attempt_items_question_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "attempt_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attempts_enrolment_lesson_number_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attempts_one_open_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attempts_lesson_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attempts_deadline_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."attempts_pending_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "attempts"
        `);
  }
}
