// `npm run bench`: every benchmark in turn, against the build. Exit code 1 when any misses its target.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const benches = ['catalog.bench.mjs', 'learning.bench.mjs', 'exam.bench.mjs'];
let failed = 0;
for (const bench of benches) {
  console.log(`\n━━ ${bench} ━━`);
  const run = spawnSync(process.execPath, [join(import.meta.dirname, bench)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks within their targets`);
process.exitCode = failed ? 1 : 0;
