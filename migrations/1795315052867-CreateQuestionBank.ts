import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Question banks: a course's questions, every text in kk and ru, the type-specific part as JSON. */
export class CreateQuestionBank1795315052867 implements MigrationInterface {
  name = 'CreateQuestionBank1795315052867';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "questions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_id" uuid NOT NULL,
                "type" text NOT NULL,
                "prompt_kk" text NOT NULL DEFAULT '',
                "prompt_ru" text NOT NULL DEFAULT '',
                "explanation_kk" text NOT NULL DEFAULT '',
                "explanation_ru" text NOT NULL DEFAULT '',
                "points" double precision NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "competency_codes" text array NOT NULL DEFAULT '{}',
                "content" jsonb NOT NULL,
                "search_text" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "questions_points_check" CHECK (points > 0),
                CONSTRAINT "questions_type_check" CHECK (
                    type IN (
                        'single_choice',
                        'multiple_choice',
                        'true_false',
                        'matching',
                        'ordering',
                        'short_answer',
                        'numeric',
                        'essay'
                    )
                ),
                CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "questions_course_idx" ON "questions" ("course_id")
            WHERE deleted_at IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "questions"
            ADD CONSTRAINT "questions_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "questions"
            ADD CONSTRAINT "questions_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "questions" DROP CONSTRAINT "questions_created_by_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "questions" DROP CONSTRAINT "questions_course_id_fkey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."questions_course_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "questions"
        `);
  }
}
