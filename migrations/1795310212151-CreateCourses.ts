import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course authoring: providers (and the instructor's provider on users), uploaded media, courses with
 * their authors, modules and lessons (the draft), and immutable published versions with catalog columns.
 */
export class CreateCourses1795310212151 implements MigrationInterface {
  name = 'CreateCourses1795310212151';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "course_authors" (
                "course_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "course_authors_role_check" CHECK (role IN ('owner', 'coauthor')),
                CONSTRAINT "PK_4d4721d9cc04c130f131e29e92d" PRIMARY KEY ("course_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "course_authors_one_owner" ON "course_authors" ("course_id")
            WHERE role = 'owner'
        `);
    await queryRunner.query(`
            CREATE INDEX "course_authors_user_idx" ON "course_authors" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "course_modules" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title_kk" text NOT NULL DEFAULT '',
                "title_ru" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4c195db0718e8845a6e09075ebc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "course_modules_course_position_idx" ON "course_modules" ("course_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "course_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "change_note" text NOT NULL,
                "published_by" uuid NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "snapshot" jsonb NOT NULL,
                "code" text NOT NULL,
                "title_kk" text NOT NULL,
                "title_ru" text NOT NULL,
                "summary_kk" text NOT NULL,
                "summary_ru" text NOT NULL,
                "audience" text NOT NULL,
                "academic_hours" integer NOT NULL,
                "topics" text array NOT NULL,
                "cover_media_id" uuid,
                "provider_id" uuid NOT NULL,
                "languages" text array NOT NULL,
                "module_count" integer NOT NULL,
                "lesson_count" integer NOT NULL,
                "search_text" text NOT NULL,
                CONSTRAINT "course_versions_number_check" CHECK (number > 0),
                CONSTRAINT "PK_cc9e77578136a62e599f33d15ff" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "course_versions_provider_idx" ON "course_versions" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "course_versions_course_number_key" ON "course_versions" ("course_id", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "courses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "title_kk" text NOT NULL DEFAULT '',
                "title_ru" text NOT NULL DEFAULT '',
                "summary_kk" text NOT NULL DEFAULT '',
                "summary_ru" text NOT NULL DEFAULT '',
                "audience" text NOT NULL,
                "academic_hours" integer NOT NULL,
                "topics" text array NOT NULL DEFAULT '{}',
                "cover_media_id" uuid,
                "provider_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "search_text" text NOT NULL DEFAULT '',
                "parity_complete" boolean NOT NULL DEFAULT false,
                "draft_revision" integer NOT NULL DEFAULT '1',
                "published_revision" integer,
                "published_version_id" uuid,
                "created_by" uuid NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "courses_academic_hours_check" CHECK (
                    academic_hours BETWEEN 1 AND 500
                ),
                CONSTRAINT "courses_status_check" CHECK (status IN ('draft', 'published', 'archived')),
                CONSTRAINT "courses_audience_check" CHECK (audience IN ('deputies', 'rural_akims', 'both')),
                CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "courses_status_idx" ON "courses" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "courses_provider_idx" ON "courses" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "courses_code_key" ON "courses" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "lessons" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "module_id" uuid NOT NULL,
                "course_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "type" text NOT NULL,
                "title_kk" text NOT NULL DEFAULT '',
                "title_ru" text NOT NULL DEFAULT '',
                "body_kk" text NOT NULL DEFAULT '',
                "body_ru" text NOT NULL DEFAULT '',
                "media_kk_id" uuid,
                "media_ru_id" uuid,
                "external_url_kk" text,
                "external_url_ru" text,
                "duration_minutes" integer,
                "needs_review_kk" boolean NOT NULL DEFAULT false,
                "needs_review_ru" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "lessons_type_check" CHECK (
                    type IN ('text', 'video', 'document', 'assessment')
                ),
                CONSTRAINT "PK_9b9a8d455cac672d262d7275730" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "lessons_media_ru_idx" ON "lessons" ("media_ru_id")
            WHERE media_ru_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "lessons_media_kk_idx" ON "lessons" ("media_kk_id")
            WHERE media_kk_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "lessons_course_idx" ON "lessons" ("course_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "lessons_module_position_idx" ON "lessons" ("module_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "media" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "content_type" text NOT NULL,
                "size_bytes" bigint NOT NULL,
                "original_name" text NOT NULL,
                "storage_key" text NOT NULL,
                "sha256" text NOT NULL,
                "uploaded_by" uuid NOT NULL,
                "course_id" uuid,
                "published" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "media_size_check" CHECK (size_bytes > 0),
                CONSTRAINT "media_kind_check" CHECK (kind IN ('image', 'video', 'pdf')),
                CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "media_course_idx" ON "media" ("course_id")
            WHERE course_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "media_storage_key_key" ON "media" ("storage_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "providers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name_kk" text NOT NULL,
                "name_ru" text NOT NULL,
                "logo_media_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_af13fc2ebf382fe0dad2e4793aa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "providers_name_kk_key" ON "providers" ("name_kk")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "providers_name_ru_key" ON "providers" ("name_ru")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "provider_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "users_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_authors"
            ADD CONSTRAINT "course_authors_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_authors"
            ADD CONSTRAINT "course_authors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_modules"
            ADD CONSTRAINT "course_modules_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_versions"
            ADD CONSTRAINT "course_versions_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_versions"
            ADD CONSTRAINT "course_versions_published_by_fkey" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD CONSTRAINT "courses_cover_media_id_fkey" FOREIGN KEY ("cover_media_id") REFERENCES "media"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD CONSTRAINT "courses_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD CONSTRAINT "courses_published_version_id_fkey" FOREIGN KEY ("published_version_id") REFERENCES "course_versions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD CONSTRAINT "courses_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "lessons_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "course_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "lessons_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "lessons_media_kk_id_fkey" FOREIGN KEY ("media_kk_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "lessons_media_ru_id_fkey" FOREIGN KEY ("media_ru_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "media"
            ADD CONSTRAINT "media_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "media"
            ADD CONSTRAINT "media_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "providers"
            ADD CONSTRAINT "providers_logo_media_id_fkey" FOREIGN KEY ("logo_media_id") REFERENCES "media"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "providers" DROP CONSTRAINT "providers_logo_media_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "media" DROP CONSTRAINT "media_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "lessons_media_ru_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "lessons_media_kk_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "lessons_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "lessons_module_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP CONSTRAINT "courses_created_by_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP CONSTRAINT "courses_published_version_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP CONSTRAINT "courses_provider_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP CONSTRAINT "courses_cover_media_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_versions" DROP CONSTRAINT "course_versions_published_by_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_versions" DROP CONSTRAINT "course_versions_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_modules" DROP CONSTRAINT "course_modules_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_authors" DROP CONSTRAINT "course_authors_user_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_authors" DROP CONSTRAINT "course_authors_course_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "users_provider_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "provider_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."providers_name_ru_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."providers_name_kk_key"
        `);
    await queryRunner.query(`
            DROP TABLE "providers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."media_storage_key_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."media_course_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "media"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."lessons_module_position_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."lessons_course_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."lessons_media_kk_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."lessons_media_ru_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "lessons"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."courses_code_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."courses_provider_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."courses_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "courses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."course_versions_course_number_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."course_versions_provider_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "course_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."course_modules_course_position_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "course_modules"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."course_authors_user_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."course_authors_one_owner"
        `);
    await queryRunner.query(`
            DROP TABLE "course_authors"
        `);
  }
}
