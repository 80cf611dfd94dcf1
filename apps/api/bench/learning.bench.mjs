// Learning under load: 100 learners on 100 concurrent connections report progress and open lessons
// against the built API in its own process (as in production), on a throwaway PostgreSQL. Prints
// throughput and latency percentiles per scenario next to a baseline measured in the same run (a
// bare signed-in route doing one primary-key read: GET /api/me), and checks the targets:
// progress writes >= 1,500/s with p95 <= 15 ms; opening a lesson p95 <= 20 ms.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { benchDatabase } from './bench-database.mjs';
import {
  ADMIN,
  LEARNER_PASSWORD,
  keepAliveAgent,
  latencySummary,
  runBench,
  send,
  sleep,
  startApi,
} from './bench-api.mjs';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const LESSONS = 10;
const TARGETS = { writesPerSecond: 1500, writeP95: 15, openP95: 20 };

async function main() {
  const { databaseUrl, stopDb } = await benchDatabase();
  let api;
  try {
    api = await startApi(databaseUrl);
    const { base } = api;
    const setup = await seed(api);
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
    const writesAtSustainable = await load(setup, write, sustainable);
    print('progress write (PUT)', writesAtSustainable, baselineAtSustainable);
    const opensAtSustainable = await load(setup, open, sustainable);
    print('open a lesson (GET)', opensAtSustainable, baselineAtSustainable);

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
        [
          baseline,
          writeCapacity,
          openCapacity,
          baselineAtSustainable,
          writesAtSustainable,
          opensAtSustainable,
          baselineAtRate,
          writes,
          opens,
        ].every((r) => r.errors === 0),
      ],
    ];
    console.log('');
    for (const [label, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${label}`);
    return checks.every(([, ok]) => ok);
  } finally {
    await api?.stop();
    await stopDb();
  }
}

function print(label, result, baseline) {
  const ms = (v) => `${v.toFixed(1)}ms`.padStart(8);
  console.log(
    `${label.padEnd(28)} ${result.rate.toFixed(0).padStart(7)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${String(result.errors).padStart(6)}  ${(result.rate / baseline.rate).toFixed(2)}x, ${(result.p95 / baseline.p95).toFixed(2)}x${
      result.errors
        ? `  (${Object.entries(result.byStatus)
            .map(([status, n]) => `${n} × ${status}`)
            .join(', ')})`
        : ''
    }`,
  );
}

const agent = keepAliveAgent(LEARNERS);

/**
 * Capacity: every learner keeps one request in flight (100 at once) for SECONDS after a warm-up.
 * With `rate`: an open load of that many requests per second spread over the learners' 100
 * connections; each latency counts from when the request was due, so a server falling behind
 * shows in the percentiles instead of slowing the load down.
 */
async function load(learners, makeRequest, rate) {
  const times = [];
  let errors = 0;
  /** Failed responses by status, or by socket error code when there was no response. */
  const byStatus = {};
  let sent = 0;
  const record = ({ status, error }, started, measuring) => {
    if (!measuring) return;
    times.push(performance.now() - started);
    if (status < 200 || status >= 300) {
      errors += 1;
      const key = status || error;
      byStatus[key] = (byStatus[key] ?? 0) + 1;
    }
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
        inFlight.push(send(agent, makeRequest(learner)).then((response) => record(response, started, measuring)));
        due += interval;
      }
      await sleep(1);
    }
    await Promise.all(inFlight);
  } else {
    const worker = async (learner) => {
      while (performance.now() < endAt) {
        const started = performance.now();
        record(await send(agent, makeRequest(learner)), started, started >= warmUpUntil);
      }
    };
    await Promise.all(learners.map(worker));
  }
  const { p50, p95, p99 } = latencySummary(times);
  return { rate: times.length / SECONDS, p50, p95, p99, errors, byStatus };
}

/** A published course of LESSONS text lessons and LEARNERS signed-in learners enrolled in it. */
async function seed({ signIn, call, createLearner }) {
  const admin = await signIn(ADMIN.email, ADMIN.password);
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
  await call(admin, 'POST', `/api/courses/${course.id}/publish`, { changeNote: { kk: 'bench', ru: 'bench' } });
  const learners = [];
  for (let i = 0; i < LEARNERS; i++) {
    const email = await createLearner(admin, i);
    const cookie = await signIn(email, LEARNER_PASSWORD);
    await call(cookie, 'POST', `/api/courses/${course.id}/enrolments`);
    learners.push({ cookie, lessons });
  }
  return learners;
}

await runBench(main);
