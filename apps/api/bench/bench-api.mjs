// What the benchmarks that load the built API over HTTP share: the API in its own process (as in
// production), sign-in, seeding calls, a keep-alive request sender, percentiles, and the exit code.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { freePort } from '../scripts/embedded-db.mjs';

const root = join(import.meta.dirname, '../../..');

/** The bootstrap admin every benchmark's API starts with. */
export const ADMIN = { email: 'bench.admin@bilikti.kz', password: 'Bench-Admin-Pass-2026' };
/** Every benchmark learner's password. */
export const LEARNER_PASSWORD = 'Bench-Learner-Pass-2026';
/** Benchmark learner `i`'s email (from 0). */
export const learnerEmail = (i) => `bench.learner.${i}@bilikti.kz`;

/**
 * Starts dist/api/apps/api/src/main.js in production mode on a free port against `databaseUrl`
 * and waits until it is healthy. Resolves to `{ base, signIn, call, stop }`.
 */
export async function startApi(databaseUrl) {
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
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(base, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    /** Signs in through POST /api/auth/login; resolves to the session cookie (`name=value`). */
    signIn: (email, password) => signIn(base, email, password),
    /** A JSON request as `cookie`'s user that must succeed; resolves to the parsed body (null for 204). */
    call,
    /** Creates benchmark learner `i`, a rural akim, through POST /api/users as `admin`; resolves to their email. */
    createLearner: async (admin, i) => {
      await call(admin, 'POST', '/api/users', {
        email: learnerEmail(i),
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
      return learnerEmail(i);
    },
    stop,
  };
  async function call(cookie, method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  }
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

/** Keep-alive connections for a load generator: `maxSockets` requests may be in flight at once. */
export const keepAliveAgent = (maxSockets) => new http.Agent({ keepAlive: true, maxSockets });

/**
 * One HTTP request over `agent`'s sockets: `{ method, url, cookie, body? }` with a JSON string as
 * body. Resolves with `{ status, body }`, or `{ status: 0, body: null, error }` with the socket
 * error's code when the connection failed; the response body is parsed as JSON only when
 * `readBody` is set, otherwise it is discarded.
 */
export function send(agent, request, readBody = false) {
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
        const chunks = [];
        if (readBody) res.on('data', (chunk) => chunks.push(chunk));
        else res.resume();
        res.on('end', () => {
          let body = null;
          if (readBody && chunks.length) {
            try {
              body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              // not JSON: the status tells what went wrong
            }
          }
          resolve({ status: res.statusCode, body });
        });
      },
    );
    req.on('error', (error) => resolve({ status: 0, body: null, error: error.code ?? error.message }));
    if (request.body) req.write(request.body);
    req.end();
  });
}

/** The `p`th percentile (nearest rank) of times sorted in ascending order; 0 when there are none. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Count, p50, p95, p99 and max of latencies in ms (sorts `times` in place). */
export function latencySummary(times) {
  times.sort((a, b) => a - b);
  return {
    count: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a benchmark's `main` (resolving to whether every target was met) and exits 0 only then.
 * Something below (the database driver's shutdown) may reset process.exitCode: exit explicitly.
 */
export async function runBench(main) {
  const code = await main().then(
    (met) => (met ? 0 : 1),
    (error) => {
      console.error(error);
      return 1;
    },
  );
  process.exit(code);
}
