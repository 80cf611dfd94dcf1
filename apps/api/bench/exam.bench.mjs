// Exam-start storm: 1,000 learners start the same quiz within 10 seconds, each saves an answer to
// each of its 10 questions in turn (a few seconds on each, see THINK_SECONDS) and submits, against the built API in its own process
// (as in production, warmed up first) on a throwaway PostgreSQL. Prints latency percentiles per
// operation next to a baseline measured in the same run (GET /api/me, the same learners at the same
// time scale), and checks the targets: no errors, p95 <= 100 ms for start, save and submit, and
// every attempt stored graded with all its answers and the score they earn (read from the database).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchDatabase } from './bench-database.mjs';
import {
  ADMIN,
  LEARNER_PASSWORD,
  keepAliveAgent,
  learnerEmail,
  latencySummary,
  runBench,
  send,
  sleep,
  startApi,
} from './bench-api.mjs';

const require = createRequire(import.meta.url);
const { scoreAnswer } = require(join(import.meta.dirname, '../../../libs/contracts/dist/index.js'));

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1000);
const WINDOW_SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 10);
/**
 * Seconds a learner spends on a question before its answer is saved: uniformly from half to one
 * and a half times this (2.5–7.5 s by default), far quicker than people answer exam questions.
 * 0 saves every answer back to back, which asks ~1,200 requests/s of the API: more than this 2-core
 * machine serves even for a bare GET /api/me with the load generator on it.
 */
const THINK_SECONDS = Number(process.env.BENCH_THINK_SECONDS ?? 5);
/** Sign-ins at once while seeding: each is an argon2 verification (19 MiB, about 50 ms of a core). */
const SIGN_IN_CONCURRENCY = 4;
const TARGET_P95_MS = 100;
const WARM_UP_LEARNERS = 50;

const bi = (kk, ru) => ({ kk, ru });
const options = (...texts) => texts.map(([kk, ru], index) => ({ id: `o${index + 1}`, text: bi(kk, ru) }));

/** The quiz's 10 questions, every automatically graded type. */
const QUESTIONS = [
  {
    prompt: bi('Аудан бюджетін кім бекітеді?', 'Кто утверждает бюджет района?'),
    points: 1,
    content: {
      type: 'single_choice',
      options: options(['Мәслихат', 'Маслихат'], ['Әкім', 'Аким'], ['Облыс', 'Область']),
      correctOptionId: 'o1',
    },
  },
  {
    prompt: bi('Есепке не кіреді?', 'Что входит в отчёт?'),
    points: 2,
    content: {
      type: 'multiple_choice',
      options: options(
        ['Бюджеттің орындалуы', 'Исполнение бюджета'],
        ['Тұрғындардың өтініштері', 'Обращения жителей'],
        ['Ауа райы', 'Погода'],
        ['Спорт жаңалықтары', 'Спортивные новости'],
      ),
      correctOptionIds: ['o1', 'o2'],
      partialCredit: 'proportional',
    },
  },
  {
    prompt: bi('Әкім жылына бір рет есеп береді.', 'Аким отчитывается раз в год.'),
    points: 1,
    content: { type: 'true_false', correct: true },
  },
  {
    prompt: bi('Сәйкестендіріңіз', 'Сопоставьте'),
    points: 3,
    content: {
      type: 'matching',
      pairs: [
        { id: 'p1', left: bi('Мәслихат', 'Маслихат'), right: bi('Бюджетті бекітеді', 'Утверждает бюджет') },
        { id: 'p2', left: bi('Әкім', 'Аким'), right: bi('Бюджетті атқарады', 'Исполняет бюджет') },
        { id: 'p3', left: bi('Тексеру комиссиясы', 'Ревизионная комиссия'), right: bi('Тексереді', 'Проверяет') },
      ],
    },
  },
  {
    prompt: bi('Ретімен қойыңыз', 'Расположите по порядку'),
    points: 2,
    content: {
      type: 'ordering',
      items: options(
        ['Жоба', 'Проект'],
        ['Талқылау', 'Обсуждение'],
        ['Бекіту', 'Утверждение'],
        ['Жариялау', 'Опубликование'],
      ),
    },
  },
  {
    prompt: bi('Жергілікті өкілді органның атауы', 'Название местного представительного органа'),
    points: 1,
    content: { type: 'short_answer', accepted: { kk: ['Мәслихат'], ru: ['Маслихат'] } },
  },
  {
    prompt: bi('Облыс саны', 'Сколько областей?'),
    points: 1,
    content: { type: 'numeric', value: 17, tolerance: 0, unit: bi('облыс', 'областей') },
  },
  {
    prompt: bi('Ауыл әкімі қанша жылға сайланады?', 'На сколько лет избирается аким села?'),
    points: 1,
    content: {
      type: 'single_choice',
      options: options(['2 жыл', '2 года'], ['4 жыл', '4 года'], ['5 жыл', '5 лет'], ['6 жыл', '6 лет']),
      correctOptionId: 'o2',
    },
  },
  {
    prompt: bi('Мәслихаттың құзыреті', 'Компетенция маслихата'),
    points: 2,
    content: {
      type: 'multiple_choice',
      options: options(
        ['Бюджетті бекіту', 'Утверждение бюджета'],
        ['Әкімнің есебін тыңдау', 'Заслушивание отчёта акима'],
        ['Сот шешімдері', 'Судебные решения'],
      ),
      correctOptionIds: ['o1', 'o2'],
      partialCredit: 'all_or_nothing',
    },
  },
  {
    prompt: bi('Бюджет процесі', 'Бюджетный процесс'),
    points: 2,
    content: {
      type: 'ordering',
      items: options(['Жоспарлау', 'Планирование'], ['Атқару', 'Исполнение'], ['Есеп', 'Отчёт']),
    },
  },
];

/**
 * An answer built from the question as the attempt shows it (its parts in the attempt's order,
 * under the ids the view gives them), the right one or a random (usually wrong) one, with the
 * share of the points it earns. Parts are matched to the key by their text, so the bench does not
 * depend on which ids the view uses.
 */
function answerFor(key, view, right) {
  const pick = (items) => items[Math.floor(Math.random() * items.length)];
  /** The view's parts, each with the id of the key's part of the same text. */
  const shown = (parts, keyParts, text = (part) => part.text) =>
    parts.map((part) => ({ id: part.id, keyId: keyParts.find((k) => text(k).kk === part.text.kk).id }));
  let answer;
  let inKeyIds;
  switch (view.type) {
    case 'single_choice': {
      const options = shown(view.options, key.options);
      const chosen = right ? options.find((o) => o.keyId === key.correctOptionId) : pick(options);
      answer = { type: 'single_choice', optionId: chosen.id };
      inKeyIds = { type: 'single_choice', optionId: chosen.keyId };
      break;
    }
    case 'multiple_choice': {
      const options = shown(view.options, key.options);
      const some = options.filter(() => Math.random() < 0.5);
      const chosen = right
        ? options.filter((o) => key.correctOptionIds.includes(o.keyId))
        : some.length
          ? some
          : [pick(options)];
      answer = { type: 'multiple_choice', optionIds: chosen.map((o) => o.id) };
      inKeyIds = { type: 'multiple_choice', optionIds: chosen.map((o) => o.keyId) };
      break;
    }
    case 'matching': {
      const lefts = shown(view.left, key.pairs, (pair) => pair.left);
      const rights = shown(view.right, key.pairs, (pair) => pair.right);
      const chosen = lefts.map((l, index) => [l, right ? rights.find((r) => r.keyId === l.keyId) : rights[index]]);
      answer = { type: 'matching', matches: Object.fromEntries(chosen.map(([l, r]) => [l.id, r.id])) };
      inKeyIds = { type: 'matching', matches: Object.fromEntries(chosen.map(([l, r]) => [l.keyId, r.keyId])) };
      break;
    }
    case 'ordering': {
      // Shown as first shown is never the right order.
      const items = shown(view.items, key.items);
      const chosen = right ? key.items.map((k) => items.find((i) => i.keyId === k.id)) : items;
      answer = { type: 'ordering', order: chosen.map((i) => i.id) };
      inKeyIds = { type: 'ordering', order: chosen.map((i) => i.keyId) };
      break;
    }
    case 'true_false':
      answer = { type: 'true_false', value: right ? key.correct : !key.correct };
      break;
    case 'short_answer':
      answer = { type: 'short_answer', text: right ? ' маслихат. ' : 'акимат' };
      break;
    case 'numeric':
      answer = { type: 'numeric', value: right ? key.value : key.value + 3 };
      break;
    default:
      throw new Error(`no answer for ${view.type}`);
  }
  return { answer, share: scoreAnswer(key, inKeyIds ?? answer) };
}

async function main() {
  const { databaseUrl, stopDb } = await benchDatabase();
  const { Client } = require('pg');
  const db = new Client({ connectionString: databaseUrl });
  let api;
  try {
    api = await startApi(databaseUrl);
    await db.connect();
    const seedStarted = performance.now();
    const setup = await seed(api, db);
    console.log(
      `\nseeded in ${seconds(performance.now() - seedStarted)}: an exam and a practice quiz of ${QUESTIONS.length} questions, ${LEARNERS} learners signed in (${SIGN_IN_CONCURRENCY} at a time, ${seconds(setup.signInMs)}) and enrolled`,
    );

    console.log(
      `\nexam-start storm: ${LEARNERS} learners arrive within ${WINDOW_SECONDS} s, each starts the quiz, saves ${QUESTIONS.length} answers (${THINK_SECONDS * 0.5}–${THINK_SECONDS * 1.5} s on each question) and submits`,
    );
    await warmUp(api.base, setup);
    const baseline = await storm(setup.learners, ['me'], (learner, request) =>
      baselineFlow(api.base, learner, request),
    );
    const expected = new Map();
    const exam = await storm(setup.learners, ['start', 'save', 'submit'], (learner, request) =>
      examFlow(api.base, setup.examLessonId, setup.keys, expected, learner, request),
    );
    console.log(
      `${'operation'.padEnd(30)} ${'count'.padStart(6)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)} ${'errors'.padStart(6)}  vs baseline (p50, p95)`,
    );
    const me = baseline.operations.me;
    print('baseline: GET /api/me', me, me);
    print('start (POST …/attempts)', exam.operations.start, me);
    print('save (PUT …/answers/:id)', exam.operations.save, me);
    print('submit (POST …/submit)', exam.operations.submit, me);
    for (const [label, run] of [
      ['baseline', baseline],
      ['storm', exam],
    ]) {
      console.log(
        `${label}: ${seconds(run.durationMs)} from the first arrival to the last response, at most ${run.peakInFlight} requests in flight`,
      );
    }

    const stored = await verify(db, setup.examLessonId, expected);
    const operations = ['start', 'save', 'submit'].map((name) => [name, exam.operations[name]]);
    const all = [['baseline', me], ...operations];
    const failures = all
      .flatMap(([name, o]) => Object.entries(o.byStatus).map(([status, n]) => `${name} ${n} × ${status}`))
      .join(', ');
    const checks = [
      [`no errors${failures ? ` (${failures}; 0 = no response)` : ''}`, all.every(([, o]) => o.errors === 0)],
      ...operations.map(([name, o]) => [
        `${name} p95 ${o.p95.toFixed(1)} ms <= ${TARGET_P95_MS} ms`,
        o.count > 0 && o.p95 <= TARGET_P95_MS,
      ]),
      [
        `in the database, of ${LEARNERS} learners' attempts: ${stored.attempts} stored, ${stored.graded} graded, ${stored.complete} with all ${QUESTIONS.length} answers stored and scored, ${stored.asExpected} with the score their answers earn`,
        [stored.attempts, stored.graded, stored.complete, stored.asExpected].every((n) => n === LEARNERS),
      ],
    ];
    console.log('');
    for (const [label, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${label}`);
    return checks.every(([, ok]) => ok);
  } finally {
    await api?.stop();
    await db.end().catch(() => {});
    await stopDb();
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function print(label, result, baseline) {
  const ms = (v) => `${v.toFixed(1)}ms`.padStart(8);
  console.log(
    `${label.padEnd(30)} ${String(result.count).padStart(6)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${ms(result.max)} ${String(result.errors).padStart(6)}  ${(result.p50 / baseline.p50).toFixed(2)}x, ${(result.p95 / baseline.p95).toFixed(2)}x`,
  );
}

/**
 * Every learner runs `flow` from a moment drawn uniformly within WINDOW_SECONDS. Open loop: a
 * learner's first request is due at its moment whether or not the server keeps up, and each later
 * one when the previous answered; latency counts from when a request was due, so a server falling
 * behind shows in the percentiles instead of slowing the arrivals down. `flow(learner, request)`
 * sends with `request(operation, okStatus, { method, url, cookie, body? }, readBody?)`, `operation`
 * one of `operationNames`. Resolves to latencies and errors by status per operation.
 */
async function storm(learners, operationNames, flow) {
  // As many sockets as learners: no request ever waits for another learner's connection.
  const agent = keepAliveAgent(learners.length);
  const times = Object.fromEntries(operationNames.map((name) => [name, []]));
  const errors = Object.fromEntries(operationNames.map((name) => [name, {}]));
  let inFlight = 0;
  let peakInFlight = 0;
  let lastResponse = 0;
  const arrive =
    (due) =>
    async (operation, okStatus, req, readBody = false) => {
      const sentDue = due ?? performance.now();
      due = null;
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      const response = await send(agent, req, readBody);
      inFlight -= 1;
      lastResponse = performance.now();
      times[operation].push(lastResponse - sentDue);
      if (response.status !== okStatus)
        errors[operation][response.status] = (errors[operation][response.status] ?? 0) + 1;
      return response;
    };

  const startAt = performance.now() + 50;
  const arrivals = learners
    .map((learner) => ({ learner, due: startAt + Math.random() * WINDOW_SECONDS * 1000 }))
    .sort((a, b) => a.due - b.due);
  const flows = [];
  let next = 0;
  while (next < arrivals.length) {
    while (next < arrivals.length && arrivals[next].due <= performance.now()) {
      const { learner, due } = arrivals[next++];
      flows.push(flow(learner, arrive(due)));
    }
    await sleep(1);
  }
  await Promise.all(flows);
  agent.destroy();
  const operations = {};
  for (const [operation, list] of Object.entries(times)) {
    const byStatus = errors[operation];
    operations[operation] = {
      ...latencySummary(list),
      errors: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
      byStatus,
    };
  }
  return { operations, durationMs: lastResponse - arrivals[0].due, peakInFlight };
}

/**
 * Unmeasured, 16 at a time: each learner's GET /api/me once, and WARM_UP_LEARNERS learners through
 * a practice quiz of the same questions, so that the storm meets a server that has run its code
 * before (as in production) rather than one compiling it.
 */
async function warmUp(base, { learners, practiceLessonId, keys }) {
  const agent = keepAliveAgent(16);
  const failed = [];
  const request = async (operation, okStatus, req, readBody) => {
    const response = await send(agent, req, readBody);
    if (response.status !== okStatus) failed.push(`${operation} ${response.status}`);
    return response;
  };
  const jobs = [
    ...learners.map(
      (learner) => () => request('me', 200, { method: 'GET', url: `${base}/api/me`, cookie: learner.cookie }),
    ),
    ...learners
      .slice(0, WARM_UP_LEARNERS)
      .map((learner) => () => examFlow(base, practiceLessonId, keys, new Map(), learner, request)),
  ];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  agent.destroy();
  if (failed.length) throw new Error(`warming up failed: ${failed.slice(0, 5).join(', ')}`);
}

/** The baseline: GET /api/me as many times in a row as the exam sends requests. */
async function baselineFlow(base, learner, request) {
  for (let i = 0; i < QUESTIONS.length + 2; i++) {
    // The same pace as the exam: a pause before each request but the first and the last.
    if (THINK_SECONDS > 0 && i > 0 && i <= QUESTIONS.length) await sleep(THINK_SECONDS * 1000 * (0.5 + Math.random()));
    await request('me', 200, { method: 'GET', url: `${base}/api/me`, cookie: learner.cookie });
  }
}

/**
 * Starts the attempt, saves an answer (right or wrong at random) to each question in turn, and
 * submits; records the score the answers should earn under the attempt's id in `expected`.
 */
async function examFlow(base, lessonId, keys, expected, learner, request) {
  const { cookie } = learner;
  const started = await request(
    'start',
    201,
    { method: 'POST', url: `${base}/api/lessons/${lessonId}/attempts`, cookie },
    true,
  );
  if (started.status !== 201) return;
  const attempt = started.body;
  let score = 0;
  for (const question of attempt.questions) {
    if (THINK_SECONDS > 0) await sleep(THINK_SECONDS * 1000 * (0.5 + Math.random()));
    const key = keys.get(question.questionId);
    const { answer, share } = answerFor(key, question.view, Math.random() < 0.5);
    score += share * question.points;
    await request('save', 200, {
      method: 'PUT',
      url: `${base}/api/attempts/${attempt.id}/answers/${question.questionId}`,
      cookie,
      body: JSON.stringify({ answer, revision: 1 }),
    });
  }
  expected.set(attempt.id, score);
  await request('submit', 200, { method: 'POST', url: `${base}/api/attempts/${attempt.id}/submit`, cookie });
}

/**
 * A published course with two quizzes asking QUESTIONS (shuffled, options shuffled, 30 minutes):
 * the exam (one attempt) and a practice quiz (any number, for warming up); and LEARNERS learners
 * enrolled in it with a session each. One learner is created through the API; the others are
 * copies of its row (same password hash and profile) inserted in SQL, which saves an argon2 hash
 * each. Every learner still signs in through POST /api/auth/login and enrols through the API.
 */
async function seed({ signIn, call, createLearner }, db) {
  const admin = await signIn(ADMIN.email, ADMIN.password);
  const provider = await call(admin, 'POST', '/api/providers', { name: { kk: 'Бенчмарк', ru: 'Бенчмарк' } });
  const course = await call(admin, 'POST', '/api/courses', {
    code: 'EXAM-1',
    title: bi('Қорытынды емтихан', 'Итоговый экзамен'),
    summary: bi('Өлшеу', 'Измерение'),
    audience: 'both',
    academicHours: 2,
    providerId: provider.id,
  });
  const keys = new Map();
  for (const [index, question] of QUESTIONS.entries()) {
    const created = await call(admin, 'POST', `/api/courses/${course.id}/questions`, {
      ...question,
      explanation: bi(`Түсініктеме ${index + 1}`, `Пояснение ${index + 1}`),
      tags: ['exam'],
    });
    keys.set(created.id, question.content);
  }
  const module = await call(admin, 'POST', `/api/courses/${course.id}/modules`, { title: bi('Емтихан', 'Экзамен') });
  const quiz = async (title, maxAttempts) => {
    const lesson = await call(admin, 'POST', `/api/modules/${module.id}/lessons`, {
      type: 'assessment',
      title,
      content: { kk: { body: '<p>Тест</p>' }, ru: { body: '<p>Тест</p>' } },
    });
    await call(admin, 'PATCH', `/api/lessons/${lesson.id}`, {
      version: lesson.version,
      quiz: {
        mode: 'fixed',
        questionIds: [...keys.keys()],
        pools: [],
        shuffleQuestions: true,
        shuffleOptions: true,
        timeLimitMinutes: 30,
        maxAttempts,
        passPercent: 60,
        availableFrom: null,
        availableUntil: null,
        feedback: 'after_submit',
      },
    });
    return lesson.id;
  };
  const examLessonId = await quiz(bi('Қорытынды тест', 'Итоговый тест'), 1);
  const practiceLessonId = await quiz(bi('Жаттығу тесті', 'Пробный тест'), null);
  await call(admin, 'POST', `/api/courses/${course.id}/publish`, { changeNote: { kk: 'bench', ru: 'bench' } });

  // One learner through the API; the rest copied from it in SQL, named as learnerEmail() names them.
  const first = await createLearner(admin, 0);
  await db.query(
    `INSERT INTO users (email, full_name, password_hash, locale, roles, position, region_code, maslikhat_level,
                        organisation, party_code)
     SELECT 'bench.learner.' || n || '@bilikti.kz', 'Тыңдаушы ' || (n + 1), password_hash, locale, roles, position,
            region_code, maslikhat_level, organisation, party_code
       FROM users, generate_series(1, $2 - 1) AS n
      WHERE email = $1`,
    [first, LEARNERS],
  );

  const signInStarted = performance.now();
  const learners = [];
  let next = 0;
  const worker = async () => {
    while (next < LEARNERS) {
      const cookie = await signIn(learnerEmail(next++), LEARNER_PASSWORD);
      await call(cookie, 'POST', `/api/courses/${course.id}/enrolments`);
      learners.push({ cookie });
    }
  };
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, worker));
  const signInMs = performance.now() - signInStarted;
  await db.query('ANALYZE');
  return { examLessonId, practiceLessonId, keys, learners, signInMs };
}

/**
 * What the database holds for the quiz after the storm: attempts, graded ones, those with every
 * item answered and scored, and those whose stored score is the one their answers earn.
 */
async function verify(db, lessonId, expected) {
  const { rows } = await db.query(
    `SELECT a.id, a.status, a.score,
            count(i.*) FILTER (WHERE i.answer IS NOT NULL AND i.score IS NOT NULL)::int AS answered
       FROM attempts a LEFT JOIN attempt_items i ON i.attempt_id = a.id
      WHERE a.lesson_id = $1
      GROUP BY a.id`,
    [lessonId],
  );
  return {
    attempts: rows.length,
    graded: rows.filter((r) => r.status === 'graded').length,
    complete: rows.filter((r) => r.answered === QUESTIONS.length).length,
    asExpected: rows.filter((r) => expected.has(r.id) && Math.abs(r.score - expected.get(r.id)) < 1e-6).length,
  };
}

await runBench(main);
