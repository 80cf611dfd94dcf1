// `npm run migration:{generate,run,revert}` through the TypeORM CLI against the built data source.
// Without DATABASE_URL it uses the embedded PostgreSQL of `npm start` (.data/postgres).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startDefaultDatabase } from './embedded-db.mjs';

const root = join(import.meta.dirname, '../../..');
const [command, name] = process.argv.slice(2);
if (!['generate', 'run', 'revert'].includes(command) || (command === 'generate' && !name)) {
  console.error('usage: npm run migration:run | migration:revert | migration:generate -- <VerbNoun>');
  process.exit(2);
}

execFileSync('npm', ['run', '--silent', 'build', '--', '--projects=@bilikti/api'], { cwd: root, stdio: 'inherit' });
const db = await startDefaultDatabase(root);
const dataSource = join(root, 'dist/api/apps/api/src/database/data-source.js');
const args =
  command === 'generate'
    ? ['migration:generate', '-d', dataSource, '--pretty', join(root, 'migrations', name)]
    : [`migration:${command}`, '-d', dataSource];
try {
  execFileSync(join(root, 'node_modules/.bin/typeorm'), args, { cwd: root, stdio: 'inherit' });
} finally {
  await db?.stop();
}
