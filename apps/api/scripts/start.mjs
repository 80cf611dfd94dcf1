// `npm start`: serves the built API + SPA on one port. Without DATABASE_URL it starts an embedded
// PostgreSQL (data kept in .data/postgres) and seeds the demo accounts on the first run.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startDefaultDatabase } from './embedded-db.mjs';

const root = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const api = (path) => require(join(root, 'dist/api/apps/api/src', path));

let db = null;
const stopDb = async () => {
  try {
    await db?.stop();
  } catch (error) {
    console.error('[bilikti] stopping PostgreSQL failed:', error?.message ?? error);
  }
};

try {
  db = await startDefaultDatabase(root);

  const { loadConfig, ConfigError } = api('config/app-config.js');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[bilikti] ${error.message}`);
    await stopDb();
    process.exit(1);
  }

  const { bootstrap, closeOnSignals } = api('main.js');
  const app = await bootstrap(config);
  closeOnSignals(app, stopDb);

  const url = `http://localhost:${config.port}`;
  const lines = ['', `  Bilikti is running at ${url}`, `  API docs: ${url}/api/docs`];
  if (config.seedDemo) {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = api('modules/demo/demo-accounts.js');
    lines.push('', `  Demo sign-ins (DEMO ONLY), password for all: ${DEMO_PASSWORD}`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(34)} ${account.purpose}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
} catch (error) {
  console.error(
    `[bilikti] could not start: ${error?.code === 'EADDRINUSE' ? `port ${process.env.PORT ?? 3000} is in use; set PORT` : (error?.stack ?? error)}`,
  );
  await stopDb();
  process.exit(1);
}
