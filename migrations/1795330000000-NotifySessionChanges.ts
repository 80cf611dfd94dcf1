import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API process, on channel `bilikti_sessions`, whose cached sessions to forget: the user id
 * when one of their sessions ends or is cut short, or their roles, activity or password change ('' when
 * sessions is truncated: forget everyone). NOTIFY is sent at commit, so the news follows the transaction.
 */
export class NotifySessionChanges1795330000000 implements MigrationInterface {
  name = 'NotifySessionChanges1795330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('bilikti_sessions', '');
        ELSIF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('bilikti_sessions', OLD.id::text);
        ELSE
          PERFORM pg_notify('bilikti_sessions', OLD.user_id::text);
        END IF;
        RETURN NULL;
      END $$`);
    // One notification per user and transaction: PostgreSQL folds identical ones.
    await queryRunner.query(`
      CREATE TRIGGER sessions_notify_delete AFTER DELETE ON sessions
        FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
    // Sliding the expiry forward, as every session in use does, notifies nothing.
    await queryRunner.query(`
      CREATE TRIGGER sessions_notify_update AFTER UPDATE ON sessions
        FOR EACH ROW
        WHEN (NEW.expires_at < OLD.expires_at OR NEW.token_hash <> OLD.token_hash OR NEW.user_id <> OLD.user_id)
        EXECUTE FUNCTION notify_session_change()`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_notify_truncate AFTER TRUNCATE ON sessions
        FOR EACH STATEMENT EXECUTE FUNCTION notify_session_change()`);
    await queryRunner.query(`
      CREATE TRIGGER users_notify_update AFTER UPDATE ON users
        FOR EACH ROW
        WHEN (NEW.roles IS DISTINCT FROM OLD.roles OR NEW.is_active IS DISTINCT FROM OLD.is_active
              OR NEW.password_hash IS DISTINCT FROM OLD.password_hash)
        EXECUTE FUNCTION notify_session_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER users_notify_update ON users`);
    await queryRunner.query(`DROP TRIGGER sessions_notify_truncate ON sessions`);
    await queryRunner.query(`DROP TRIGGER sessions_notify_update ON sessions`);
    await queryRunner.query(`DROP TRIGGER sessions_notify_delete ON sessions`);
    await queryRunner.query(`DROP FUNCTION notify_session_change()`);
  }
}
