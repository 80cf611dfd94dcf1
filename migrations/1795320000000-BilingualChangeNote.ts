import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A version's change note in both languages; notes written before keep their text in each. */
export class BilingualChangeNote1795320000000 implements MigrationInterface {
  name = 'BilingualChangeNote1795320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_versions" ADD "change_note_kk" text`);
    await queryRunner.query(`ALTER TABLE "course_versions" ADD "change_note_ru" text`);
    await queryRunner.query(
      `UPDATE "course_versions" SET "change_note_kk" = "change_note", "change_note_ru" = "change_note"`,
    );
    await queryRunner.query(`ALTER TABLE "course_versions" ALTER COLUMN "change_note_kk" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "course_versions" ALTER COLUMN "change_note_ru" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "course_versions" DROP COLUMN "change_note"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_versions" ADD "change_note" text`);
    await queryRunner.query(
      `UPDATE "course_versions" SET "change_note" = CASE WHEN "change_note_kk" = "change_note_ru" THEN "change_note_kk"
                                                         ELSE "change_note_kk" || ' / ' || "change_note_ru" END`,
    );
    await queryRunner.query(`ALTER TABLE "course_versions" ALTER COLUMN "change_note" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "course_versions" DROP COLUMN "change_note_ru"`);
    await queryRunner.query(`ALTER TABLE "course_versions" DROP COLUMN "change_note_kk"`);
  }
}
