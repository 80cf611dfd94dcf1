// `npm test`: typecheck, lint, build, then every suite — API unit + integration (jest, real
// PostgreSQL), web components (vitest), browser end-to-end (jest + playwright-core + chromium).
// Every step runs even when an earlier one fails, so one run reports everything; the exit code
// is non-zero when anything failed. Totals go to reports/summary.json for .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const only = process.argv.slice(2);
const steps = [
  { name: 'typecheck', cmd: ['npx', 'nx', 'run-many', '-t', 'typecheck', '--output-style=static', '--skip-nx-cache'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build', '--', '--skip-nx-cache'] },
  {
    name: 'api',
    cmd: ['npx', 'jest', '-c', 'apps/api/jest.config.cjs', '--json', `--outputFile=${join(reports, 'api.json')}`],
    report: 'api.json',
  },
  {
    name: 'web',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--root',
      'apps/web',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'web.json')}`,
    ],
    report: 'web.json',
  },
  {
    name: 'e2e',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--config',
      'apps/web/vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'e2e.json')}`,
    ],
    report: 'e2e.json',
  },
].filter((step) => !only.length || only.includes(step.name));

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━ ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  const ok = run.status === 0;
  const counts = countTests(step, ok);
  results.push({ step: step.name, ok, seconds: Math.round((Date.now() - started) / 1000), ...counts });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
writeFileSync(join(reports, 'summary.json'), JSON.stringify({ passed, failed, steps: results }, null, 2));

console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.step.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

/**
 * Test counts from a runner's JSON report. A step without per-test results (typecheck, lint,
 * build) counts as one check; a runner that failed without reporting counts as one failure.
 */
function countTests(step, ok) {
  const file = step.report && join(reports, step.report);
  if (!file || !existsSync(file)) return ok ? { passed: step.report ? 0 : 1, failed: 0 } : { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const passedTests = report.numPassedTests ?? 0;
  // Suites that failed to run have no test results of their own but are failures all the same.
  const brokenSuites = (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && !(suite.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  const failedTests = (report.numFailedTests ?? 0) + brokenSuites;
  return { passed: passedTests, failed: failedTests || (ok ? 0 : 1) };
}
