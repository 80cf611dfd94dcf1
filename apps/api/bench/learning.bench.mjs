// Learning under load: 100 learners on 100 concurrent connections report progress and open lessons
// against the built API in its own process (as in production), on a throwaway PostgreSQL. Prints
// throughput and latency percentiles per scenario next to a baseline measured in the same run (a
// bare signed-in route doing one primary-key read: GET /api/me), and checks the targets:
// progress writes >= 1,500/s with p95 <= 15 ms; opening a lesson p95 <= 20 ms.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../scripts/embedded-db.mjs';
import { benchDatabase } from './bench-database.mjs';

const root = join(import.meta.dirname, '../../..');

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const LESSONS = 10;
const ADMIN = { email: 'bench.admin@bilikti.kz', password: 'Bench-Admin-Pass-2026' };
const LEARNER_PASSWORD = 'Bench-Learner-Pass-2026';
const TARGETS = { writesPerSecond: 1500, writeP95: 15, openP95: 20 };

/** 0 when every target is met; set by main(). */
let verdict = 1;

async function main() {
  const { databaseUrl, stopDb } = await benchDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      WEB_DIST_DIR: 'none',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForHealth(base, server);
    const setup = await seed(base);
    console.log(
      `\nlearning under load: ${LEARNERS} learners on ${LEARNERS} concurrent connections, ${SECONDS} s per scenario`,
    );
    console.log(
      `${'scenario'.padEnd(28)} ${'req/s'.padStart(7)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'errors'.padStart(6)}  vs baseline (req/s, p95)`,
    );
    const me = (learner) => ({ method: 'GET', url: `${base}/api/me`, cookie: learner.cookie });
    const write = (learner) => ({
      method: 'PUT',
      url: `${base}/api/lessons/${learner.lessons[Math.floor(Math.random() * LESSONS)]}/progress`,
      cookie: learner.cookie,
      body: JSON.stringify({
        eventId: randomUUID(),
        occurredAt: new Date().toISOString(),
        opened: true,
        timeSpentSeconds: 1,
      }),
    });
    const open = (learner) => ({
      method: 'GET',
      url: `${base}/api/lessons/${learner.lessons[Math.floor(Math.random() * LESSONS)]}`,
      cookie: learner.cookie,
    });

    console.log('capacity (100 requests in flight at all times):');
    const baseline = await load(setup, me);
    print('baseline: GET /api/me', baseline, baseline);
    const writeCapacity = await load(setup, write);
    print('progress write (PUT)', writeCapacity, baseline);
    const openCapacity = await load(setup, open);
    print('open a lesson (GET)', openCapacity, baseline);

    const sustainable = Math.floor(Math.min(writeCapacity.rate, openCapacity.rate) * 0.8);
    console.log(`at 80% of the measured capacity (${sustainable} requests/s over ${LEARNERS} connections):`);
    const baselineAtSustainable = await load(setup, me, sustainable);
    print('baseline: GET /api/me', baselineAtSustainable, baselineAtSustainable);
    print('progress write (PUT)', await load(setup, write, sustainable), baselineAtSustainable);
    print('open a lesson (GET)', await load(setup, open, sustainable), baselineAtSustainable);

    console.log(`at the target load (${TARGETS.writesPerSecond} requests/s over ${LEARNERS} connections):`);
    const baselineAtRate = await load(setup, me, TARGETS.writesPerSecond);
    print('baseline: GET /api/me', baselineAtRate, baselineAtRate);
    const writes = await load(setup, write, TARGETS.writesPerSecond);
    print('progress write (PUT)', writes, baselineAtRate);
    const opens = await load(setup, open, TARGETS.writesPerSecond);
    print('open a lesson (GET)', opens, baselineAtRate);

    const checks = [
      [
        `progress writes ${writeCapacity.rate.toFixed(0)}/s >= ${TARGETS.writesPerSecond}/s (capacity)`,
        writeCapacity.rate >= TARGETS.writesPerSecond,
      ],
      [`progress write p95 ${writes.p95.toFixed(1)} ms <= ${TARGETS.writeP95} ms`, writes.p95 <= TARGETS.writeP95],
      [`lesson open p95 ${opens.p95.toFixed(1)} ms <= ${TARGETS.openP95} ms`, opens.p95 <= TARGETS.openP95],
      [
        'no errors',
        [baseline, writeCapacity, openCapacity, baselineAtRate, writes, opens].every((r) => r.errors === 0),
      ],
    ];
    console.log('');
    for (const [label, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${label}`);
    verdict = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await stopDb();
  }
}

function print(label, result, baseline) {
  const ms = (v) => `${v.toFixed(1)}ms`.padStart(8);
  console.log(
    `${label.padEnd(28)} ${result.rate.toFixed(0).padStart(7)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${String(result.errors).padStart(6)}  ${(result.rate / baseline.rate).toFixed(2)}x, ${(result.p95 / baseline.p95).toFixed(2)}x`,
  );
}

const agent = new http.Agent({ keepAlive: true, maxSockets: LEARNERS });

/** One HTTP request over the shared keep-alive sockets; resolves with the status code. */
function send(request) {
  return new Promise((resolve) => {
    const url = new URL(request.url);
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: request.method,
        headers: { cookie: request.cookie, ...(request.body && { 'content-type': 'application/json' }) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', () => resolve(0));
    if (request.body) req.write(request.body);
    req.end();
  });
}

/**
 * Capacity: every learner keeps one request in flight (100 at once) for SECONDS after a warm-up.
 * With `rate`: an open load of that many requests per second spread over the learners' 100
 * connections; each latency counts from when the request was due, so a server falling behind
 * shows in the percentiles instead of slowing the load down.
 */
async function load(learners, makeRequest, rate) {
  const times = [];
  let errors = 0;
  let sent = 0;
  const record = (status, started, measuring) => {
    if (!measuring) return;
    times.push(performance.now() - started);
    if (status < 200 || status >= 300) errors += 1;
  };
  const warmUpUntil = performance.now() + 1000;
  const endAt = warmUpUntil + SECONDS * 1000;
  if (rate) {
    const interval = 1000 / rate;
    const inFlight = [];
    let due = performance.now();
    while (due < endAt) {
      while (due <= performance.now() && due < endAt) {
        const learner = learners[sent++ % learners.length];
        const started = due;
        const measuring = started >= warmUpUntil;
        inFlight.push(send(makeRequest(learner)).then((status) => record(status, started, measuring)));
        due += interval;
      }
      await sleep(1);
    }
    await Promise.all(inFlight);
  } else {
    const worker = async (learner) => {
      while (performance.now() < endAt) {
        const started = performance.now();
        const status = await send(makeRequest(learner));
        record(status, started, started >= warmUpUntil);
      }
    };
    await Promise.all(learners.map(worker));
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0;
  return { rate: times.length / SECONDS, p50: pct(50), p95: pct(95), p99: pct(99), errors };
}

/** A published course of LESSONS text lessons and LEARNERS signed-in learners enrolled in it. */
async function seed(base) {
  const admin = await signIn(base, ADMIN.email, ADMIN.password);
  const call = async (cookie, method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
  const provider = await call(admin, 'POST', '/api/providers', { name: { kk: 'Бенчмарк', ru: 'Бенчмарк' } });
  const course = await call(admin, 'POST', '/api/courses', {
    code: 'BENCH-1',
    title: { kk: 'Жүктеме', ru: 'Нагрузка' },
    summary: { kk: 'Өлшеу', ru: 'Измерение' },
    audience: 'both',
    academicHours: 2,
    providerId: provider.id,
  });
  const module = await call(admin, 'POST', `/api/courses/${course.id}/modules`, { title: { kk: 'М', ru: 'М' } });
  const lessons = [];
  const body = `<p>${'Ауыл бюджеті туралы мәтін. '.repeat(80)}</p>`;
  for (let i = 0; i < LESSONS; i++) {
    const lesson = await call(admin, 'POST', `/api/modules/${module.id}/lessons`, {
      type: 'text',
      title: { kk: `Сабақ ${i + 1}`, ru: `Урок ${i + 1}` },
      content: { kk: { body }, ru: { body } },
    });
    lessons.push(lesson.id);
  }
  await call(admin, 'POST', `/api/courses/${course.id}/publish`, { changeNote: 'bench' });
  const learners = [];
  for (let i = 0; i < LEARNERS; i++) {
    const email = `bench.learner.${i}@bilikti.kz`;
    await call(admin, 'POST', '/api/users', {
      email,
      fullName: `Тыңдаушы ${i + 1}`,
      password: LEARNER_PASSWORD,
      locale: 'kk',
      roles: ['learner'],
      profile: {
        position: 'rural_akim',
        regionCode: 'KZ-11',
        maslikhatLevel: null,
        organisation: 'Әкімдік',
        partyCode: null,
      },
    });
    const cookie = await signIn(base, email, LEARNER_PASSWORD);
    await call(cookie, 'POST', `/api/courses/${course.id}/enrolments`);
    learners.push({ cookie, lessons });
  }
  return learners;
}

async function signIn(base, email, password) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

async function waitForHealth(base, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the API did not start in 60 s');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Something below (the database driver's shutdown) may reset process.exitCode: exit explicitly.
const code = await main().then(
  () => verdict,
  (error) => {
    console.error(error);
    return 1;
  },
);
process.exit(code);
