import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity: regions and parties (reference data), users with their learner profile,
 * server-side sessions, sign-in failures for throttling, and a key/value table for one-time jobs.
 */
export class CreateIdentity1763800000000 implements MigrationInterface {
  name = 'CreateIdentity1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE regions (
        code text PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('oblast', 'city')),
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        centre_kk text,
        centre_ru text,
        sort_order int NOT NULL
      )`);
    // ISO 3166-2:KZ, the 17 oblasts and 3 cities of republican significance since June 2022.
    await queryRunner.query(`
      INSERT INTO regions (code, type, name_kk, name_ru, centre_kk, centre_ru, sort_order) VALUES
      ('KZ-10', 'oblast', 'Абай облысы', 'область Абай', 'Семей', 'Семей', 1),
      ('KZ-11', 'oblast', 'Ақмола облысы', 'Акмолинская область', 'Көкшетау', 'Кокшетау', 2),
      ('KZ-15', 'oblast', 'Ақтөбе облысы', 'Актюбинская область', 'Ақтөбе', 'Актобе', 3),
      ('KZ-19', 'oblast', 'Алматы облысы', 'Алматинская область', 'Қонаев', 'Конаев', 4),
      ('KZ-23', 'oblast', 'Атырау облысы', 'Атырауская область', 'Атырау', 'Атырау', 5),
      ('KZ-27', 'oblast', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'Орал', 'Уральск', 6),
      ('KZ-31', 'oblast', 'Жамбыл облысы', 'Жамбылская область', 'Тараз', 'Тараз', 7),
      ('KZ-33', 'oblast', 'Жетісу облысы', 'область Жетісу', 'Талдықорған', 'Талдыкорган', 8),
      ('KZ-35', 'oblast', 'Қарағанды облысы', 'Карагандинская область', 'Қарағанды', 'Караганда', 9),
      ('KZ-39', 'oblast', 'Қостанай облысы', 'Костанайская область', 'Қостанай', 'Костанай', 10),
      ('KZ-43', 'oblast', 'Қызылорда облысы', 'Кызылординская область', 'Қызылорда', 'Кызылорда', 11),
      ('KZ-47', 'oblast', 'Маңғыстау облысы', 'Мангистауская область', 'Ақтау', 'Актау', 12),
      ('KZ-55', 'oblast', 'Павлодар облысы', 'Павлодарская область', 'Павлодар', 'Павлодар', 13),
      ('KZ-59', 'oblast', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'Петропавл', 'Петропавловск', 14),
      ('KZ-61', 'oblast', 'Түркістан облысы', 'Туркестанская область', 'Түркістан', 'Туркестан', 15),
      ('KZ-62', 'oblast', 'Ұлытау облысы', 'область Ұлытау', 'Жезқазған', 'Жезказган', 16),
      ('KZ-63', 'oblast', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'Өскемен', 'Усть-Каменогорск', 17),
      ('KZ-71', 'city', 'Астана', 'Астана', NULL, NULL, 18),
      ('KZ-75', 'city', 'Алматы', 'Алматы', NULL, NULL, 19),
      ('KZ-79', 'city', 'Шымкент', 'Шымкент', NULL, NULL, 20)`);

    await queryRunner.query(`
      CREATE TABLE parties (
        code text PRIMARY KEY,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        sort_order int NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO parties (code, name_kk, name_ru, sort_order) VALUES
      ('amanat', '«AMANAT» партиясы', 'Партия «AMANAT»', 1),
      ('ak_zhol', '«Ақ жол» Қазақстан демократиялық партиясы', 'Демократическая партия Казахстана «Ак жол»', 2),
      ('peoples_party', 'Қазақстан Халық партиясы', 'Народная партия Казахстана', 3),
      ('auyl', '«Ауыл» халықтық-демократиялық патриоттық партиясы', 'Народно-демократическая патриотическая партия «Ауыл»', 4),
      ('respublica', '«Respublica» партиясы', 'Партия «Respublica»', 5),
      ('osdp', 'Жалпыұлттық социал-демократиялық партия', 'Общенациональная социал-демократическая партия', 6),
      ('baytaq', '«Байтақ» Қазақстан жасылдар партиясы', 'Партия зелёных Казахстана «Байтак»', 7)`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        full_name text NOT NULL,
        password_hash text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('kk', 'ru')),
        roles text[] NOT NULL CHECK (roles <@ ARRAY['learner', 'coordinator', 'instructor', 'admin']::text[]),
        is_active boolean NOT NULL DEFAULT true,
        position text CHECK (position IN ('maslikhat_deputy', 'rural_akim', 'other')),
        region_code text REFERENCES regions (code),
        maslikhat_level text CHECK (maslikhat_level IN ('oblast', 'republican_city', 'district', 'city')),
        organisation text,
        party_code text REFERENCES parties (code),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        deactivated_at timestamptz,
        CONSTRAINT users_learner_profile CHECK (
          NOT ('learner' = ANY (roles)) OR (position IS NOT NULL AND region_code IS NOT NULL)
        ),
        CONSTRAINT users_maslikhat_level_only_for_deputies CHECK (
          maslikhat_level IS NULL OR position = 'maslikhat_deputy'
        )
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await queryRunner.query(`CREATE INDEX users_region_position_idx ON users (region_code, position)`);
    await queryRunner.query(`CREATE INDEX users_party_idx ON users (party_code) WHERE party_code IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX users_roles_idx ON users USING gin (roles)`);

    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash)`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await queryRunner.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX login_failures_email_idx ON login_failures (email, created_at)`);
    await queryRunner.query(`CREATE INDEX login_failures_ip_idx ON login_failures (ip, created_at)`);

    await queryRunner.query(`
      CREATE TABLE app_state (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_state`);
    await queryRunner.query(`DROP TABLE login_failures`);
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE parties`);
    await queryRunner.query(`DROP TABLE regions`);
  }
}
