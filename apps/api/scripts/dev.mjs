// `npm run dev`: the API recompiles on change and restarts (port 3000); the SPA runs on Vite's
// dev server with hot reload (http://localhost:5173), proxying /api to the API.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { startDefaultDatabase } from './embedded-db.mjs';

const root = join(import.meta.dirname, '../../..');
const bin = (name) => join(root, 'node_modules/.bin', name);

execFileSync(
  bin('nx'),
  ['run-many', '-t', 'build', '--projects=@bilikti/contracts,@bilikti/api', '--output-style=static'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const db = await startDefaultDatabase(root);
const env = { ...process.env, WEB_DIST_DIR: 'none', PORT: process.env.PORT ?? '3000' };
const children = [
  spawn(bin('tsc'), ['-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['--watch-path=dist/api', 'dist/api/apps/api/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env,
  }),
  spawn(bin('vite'), ['--port', '5173'], {
    cwd: join(root, 'apps/web'),
    stdio: 'inherit',
    env: { ...process.env, API_URL: `http://localhost:${env.PORT}` },
  }),
];
console.log('\n  Bilikti dev: SPA http://localhost:5173 · API http://localhost:%s/api\n', env.PORT);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
  );
  await db?.stop();
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
