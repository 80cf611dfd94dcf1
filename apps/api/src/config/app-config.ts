import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every setting the API reads from the environment, typed and validated once at start-up. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  /** Run pending migrations when the API starts. */
  migrationsRun: boolean;
  /** Seed demo accounts once (never in production). */
  seedDemo: boolean;
  /** First admin of a real deployment: created, or its password reset, at start-up. */
  bootstrapAdmin: { email: string; password: string } | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  session: { cookieName: string; ttlHours: number; secureCookie: boolean };
  /** Folder of the built SPA, served on the same port; null to serve the API only. */
  webDistDir: string | null;
  bodyLimit: string;
  trustProxy: boolean;
  /** Uploaded files, outside the web root. */
  storageDir: string;
  /** Largest upload per media kind, in bytes. */
  mediaLimits: { image: number; video: number; pdf: number };
  /** How often attempts past their deadline are closed and graded, in seconds; 0 turns it off. */
  attemptSweepSeconds: number;
  version: string;
}

/** Describes each variable for the README and for error messages. */
export const CONFIG_VARIABLES: Record<string, string> = {
  NODE_ENV: 'development | production | test (default development)',
  PORT: 'HTTP port for API + SPA (default 3000)',
  HOST: 'interface to listen on (default 0.0.0.0)',
  DATABASE_URL: 'postgres://user:pass@host:port/db (required; npm start provides an embedded one)',
  MIGRATIONS_RUN: 'true | false: run pending migrations at start-up (default true)',
  SEED_DEMO: 'true | false: seed demo accounts once; ignored in production (default false)',
  ADMIN_EMAIL: 'with ADMIN_PASSWORD: create this admin or reset its password at start-up',
  ADMIN_PASSWORD: 'at least 10 characters',
  LOG_LEVEL: 'fatal | error | warn | info | debug | trace | silent (default info)',
  SESSION_TTL_HOURS: 'hours a session lives without use (default 720)',
  COOKIE_SECURE:
    'true | false: the app is served over HTTPS: session cookie HTTPS-only, HSTS (default true in production)',
  WEB_DIST_DIR: 'folder of the built SPA (default apps/web/dist)',
  BODY_LIMIT: 'largest JSON body (default 1mb)',
  TRUST_PROXY: 'true | false: trust X-Forwarded-* from a reverse proxy (default false)',
  STORAGE_DIR: 'folder for uploaded files, outside the web root (default .data/storage)',
  MEDIA_MAX_IMAGE_MB: 'largest image upload in MB, 1-50 (default 5)',
  MEDIA_MAX_VIDEO_MB: 'largest video upload in MB, 1-5000 (default 500)',
  MEDIA_MAX_PDF_MB: 'largest PDF upload in MB, 1-500 (default 50)',
  ATTEMPT_SWEEP_SECONDS: 'seconds between closing quiz attempts whose time is up, 0-3600; 0 = off (default 5)',
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const REPO_ROOT = findRepoRoot();
const MB = 1024 * 1024;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T | undefined): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw.trim());
    if (value === undefined) {
      problems.push(`${name}=${JSON.stringify(raw)} is not valid: expected ${CONFIG_VARIABLES[name]}`);
      return fallback;
    }
    return value;
  };
  const oneOf =
    <T extends string>(...values: T[]) =>
    (raw: string): T | undefined =>
      (values as string[]).includes(raw) ? (raw as T) : undefined;
  const bool = (raw: string) => (raw === 'true' ? true : raw === 'false' ? false : undefined);
  const int = (min: number, max: number) => (raw: string) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };

  const nodeEnv = read('NODE_ENV', 'development', oneOf('development', 'production', 'test'));
  const production = nodeEnv === 'production';
  const databaseUrl = read('DATABASE_URL', '', (raw) => (/^postgres(ql)?:\/\//.test(raw) ? raw : undefined));
  if (!databaseUrl && !problems.some((p) => p.startsWith('DATABASE_URL'))) {
    problems.push(`DATABASE_URL is required: ${CONFIG_VARIABLES.DATABASE_URL}`);
  }
  const adminEmail = read('ADMIN_EMAIL', '', (raw) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw) ? raw : undefined));
  const adminPassword = env.ADMIN_PASSWORD ?? '';
  if (adminEmail && adminPassword.length < 10) {
    problems.push('ADMIN_PASSWORD must be set with ADMIN_EMAIL and be at least 10 characters');
  } else if (!adminEmail && adminPassword) {
    problems.push('ADMIN_PASSWORD is set but ADMIN_EMAIL is not');
  }
  const webDist = read('WEB_DIST_DIR', join(REPO_ROOT, 'apps/web/dist'), (raw) => raw);

  const config: AppConfig = {
    env: nodeEnv,
    port: read('PORT', 3000, int(0, 65535)),
    host: read('HOST', '0.0.0.0', (raw) => raw),
    databaseUrl,
    migrationsRun: read('MIGRATIONS_RUN', true, bool),
    seedDemo: read('SEED_DEMO', false, bool) && !production,
    bootstrapAdmin: adminEmail ? { email: adminEmail, password: adminPassword } : null,
    logLevel: read('LOG_LEVEL', 'info', oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent')),
    session: {
      cookieName: production ? '__Host-bilikti_session' : 'bilikti_session',
      ttlHours: read('SESSION_TTL_HOURS', 720, int(1, 24 * 365)),
      secureCookie: read('COOKIE_SECURE', production, bool),
    },
    webDistDir: webDist === 'none' ? null : webDist,
    bodyLimit: read('BODY_LIMIT', '1mb', (raw) => (/^\d+(kb|mb)$/.test(raw) ? raw : undefined)),
    trustProxy: read('TRUST_PROXY', false, bool),
    storageDir: read('STORAGE_DIR', join(REPO_ROOT, '.data/storage'), (raw) => raw),
    mediaLimits: {
      image: read('MEDIA_MAX_IMAGE_MB', 5, int(1, 50)) * MB,
      video: read('MEDIA_MAX_VIDEO_MB', 500, int(1, 5000)) * MB,
      pdf: read('MEDIA_MAX_PDF_MB', 50, int(1, 500)) * MB,
    },
    attemptSweepSeconds: read('ATTEMPT_SWEEP_SECONDS', 5, int(0, 3600)),
    version: readVersion(),
  };
  if (config.session.cookieName.startsWith('__Host-') && !config.session.secureCookie) {
    config.session.cookieName = 'bilikti_session';
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function findRepoRoot(): string {
  // Source: apps/api/src/config; build: dist/api/apps/api/src/config. The root holds nx.json.
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    try {
      readFileSync(join(dir, 'nx.json'));
      return dir;
    } catch {
      dir = join(dir, '..');
    }
  }
  return process.cwd();
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
