import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning: enrolments (one per learner and course, on a published version), progress per lesson
 * (only ever growing; video as a union of watched ranges), the ids of applied progress reports,
 * the lessons of each published version as rows (filled here for versions published before), and
 * whether a course is open for self-enrolment.
 */
export class CreateLearning1795312188308 implements MigrationInterface {
  name = 'CreateLearning1795312188308';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "course_version_lessons" (
                "version_id" uuid NOT NULL,
                "lesson_id" uuid NOT NULL,
                "course_id" uuid NOT NULL,
                "module_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "type" text NOT NULL,
                "completion" text NOT NULL,
                "lesson" jsonb NOT NULL,
                CONSTRAINT "course_version_lessons_completion_check" CHECK (
                    completion IN ('mark_done', 'open', 'watch', 'assessment')
                ),
                CONSTRAINT "PK_f7b0f7b873d44ed3b2d7063b29a" PRIMARY KEY ("version_id", "lesson_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "course_version_lessons_lesson_idx" ON "course_version_lessons" ("lesson_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "enrolments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "course_id" uuid NOT NULL,
                "version_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'active',
                "source" text NOT NULL DEFAULT 'self',
                "due_at" TIMESTAMP WITH TIME ZONE,
                "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "completed_lessons" integer NOT NULL DEFAULT '0',
                "total_lessons" integer NOT NULL DEFAULT '0',
                "last_lesson_id" uuid,
                "last_activity_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "enrolments_counts_check" CHECK (
                    completed_lessons >= 0
                    AND completed_lessons <= total_lessons
                ),
                CONSTRAINT "enrolments_source_check" CHECK (source IN ('self', 'assignment')),
                CONSTRAINT "enrolments_status_check" CHECK (status IN ('active', 'completed', 'withdrawn')),
                CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "enrolments_user_status_idx" ON "enrolments" ("user_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "enrolments_course_status_idx" ON "enrolments" ("course_id", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "enrolments_user_course_key" ON "enrolments" ("user_id", "course_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "lesson_progress" (
                "enrolment_id" uuid NOT NULL,
                "lesson_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'not_started',
                "time_spent_seconds" integer NOT NULL DEFAULT '0',
                "position_seconds" integer NOT NULL DEFAULT '0',
                "duration_seconds" integer,
                "watched" int4multirange NOT NULL DEFAULT '{}',
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "marked_done_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "completed_event_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "lesson_progress_nonnegative" CHECK (
                    time_spent_seconds >= 0
                    AND position_seconds >= 0
                ),
                CONSTRAINT "lesson_progress_status_check" CHECK (
                    status IN ('not_started', 'in_progress', 'completed')
                ),
                CONSTRAINT "PK_c62491e4194a9dbfec25fd47c24" PRIMARY KEY ("enrolment_id", "lesson_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "progress_events" (
                "event_id" uuid NOT NULL,
                "enrolment_id" uuid NOT NULL,
                "lesson_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ea326dd451722738dc38e4ae0c5" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "progress_events_received_idx" ON "progress_events" USING brin ("received_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD "self_enrolment" boolean NOT NULL DEFAULT true
        `);
    await queryRunner.query(`
            ALTER TABLE "course_version_lessons"
            ADD CONSTRAINT "course_version_lessons_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "course_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
      INSERT INTO course_version_lessons (version_id, lesson_id, course_id, module_id, position, type, completion, lesson)
      SELECT v.id, (l.lesson ->> 'id')::uuid, v.course_id, (m.module ->> 'id')::uuid,
             (row_number() OVER (PARTITION BY v.id ORDER BY m.ord, l.ord) - 1)::int,
             l.lesson ->> 'type',
             CASE l.lesson ->> 'type'
               WHEN 'text' THEN 'mark_done'
               WHEN 'document' THEN 'open'
               WHEN 'assessment' THEN 'assessment'
               ELSE CASE WHEN l.lesson #>> '{content,kk,mediaId}' IS NOT NULL
                          AND l.lesson #>> '{content,ru,mediaId}' IS NOT NULL
                         THEN 'watch' ELSE 'mark_done' END
             END,
             l.lesson
        FROM course_versions v
        CROSS JOIN LATERAL jsonb_array_elements(v.snapshot -> 'modules') WITH ORDINALITY AS m(module, ord)
        CROSS JOIN LATERAL jsonb_array_elements(m.module -> 'lessons') WITH ORDINALITY AS l(lesson, ord)`);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "enrolments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "enrolments_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "enrolments_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "course_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "lesson_progress_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_events"
            ADD CONSTRAINT "progress_events_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "progress_events" DROP CONSTRAINT "progress_events_enrolment_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "lesson_progress_enrolment_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "enrolments_version_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "enrolments_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "enrolments_user_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_version_lessons" DROP CONSTRAINT "course_version_lessons_version_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP COLUMN "self_enrolment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."progress_events_received_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "progress_events"
        `);
    await queryRunner.query(`
            DROP TABLE "lesson_progress"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."enrolments_user_course_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."enrolments_course_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."enrolments_user_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "enrolments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."course_version_lessons_lesson_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "course_version_lessons"
        `);
  }
}
