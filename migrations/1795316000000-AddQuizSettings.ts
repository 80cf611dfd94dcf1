import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Assessment lessons keep their quiz settings (questions or pools, timing, attempts, pass mark, feedback). */
export class AddQuizSettings1795316000000 implements MigrationInterface {
  name = 'AddQuizSettings1795316000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lessons" ADD "quiz" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lessons" DROP COLUMN "quiz"`);
  }
}
