// Runs on whatever Node the machine has (>= 20): installs dependencies when node_modules is
// missing or older than the manifests, so `npm start` and `npm test` work on a fresh clone.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const manifests = ['package.json', 'package-lock.json'];
for (const dir of ['apps', 'libs']) {
  for (const name of readdirSync(join(root, dir))) {
    const manifest = join(dir, name, 'package.json');
    if (existsSync(join(root, manifest))) manifests.push(manifest);
  }
}
const hash = createHash('sha256');
for (const file of manifests) {
  if (existsSync(join(root, file))) hash.update(file).update(readFileSync(join(root, file)));
}
const digest = hash.digest('hex');
const stamp = join(root, 'node_modules', '.bilikti-install');
const installed = existsSync(stamp) && readFileSync(stamp, 'utf8') === digest;
const pinnedNode = existsSync(join(root, 'node_modules', '.bin', 'node'));

if (!installed || !pinnedNode) {
  console.log('[bilikti] installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, digest);
}
