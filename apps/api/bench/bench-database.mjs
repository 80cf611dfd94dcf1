// The database a benchmark runs against: a fresh one on DATABASE_URL's server (dropped afterwards),
// or a throwaway embedded PostgreSQL in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../scripts/embedded-db.mjs';

const require = createRequire(import.meta.url);

/** Resolves to `{ databaseUrl, stopDb() }`. */
export async function benchDatabase() {
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const name = `bilikti_bench_${process.pid}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      databaseUrl: url.toString(),
      async stopDb() {
        const client = new Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bilikti-bench-pg-'));
  const db = await startEmbeddedPostgres({ dataDir, database: 'bench' });
  return {
    databaseUrl: db.url('bench'),
    async stopDb() {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
