// Starts PostgreSQL for the integration specs (embedded unless DATABASE_URL is set) and hands
// its admin URL to the test workers through the environment.
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/embedded-db.mjs';

export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const root = join(import.meta.dirname, '../../../..');
  // A cluster of its own per run, so two runs (or a run beside `npm start`) never collide.
  const dataDir = join(root, '.data', `postgres-test-${process.pid}`);
  const db = await startEmbeddedPostgres({ dataDir });
  globalThis.__BILIKTI_TEST_DB_DIR__ = dataDir;
  globalThis.__BILIKTI_TEST_DB__ = db;
  process.env.TEST_ADMIN_DATABASE_URL = db.adminUrl;
}
