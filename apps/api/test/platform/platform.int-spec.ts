import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_RULE } from '../../src/common/access.decorators';
import { registeredRoutes } from '../support/routes';
import { createTestApp, type TestApp } from '../support/test-app';

describe('platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every registered route declares who may call it (public, signed in or roles)', () => {
    const routes = registeredRoutes(t);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const hasRule = (route: (typeof routes)[number]) =>
      Reflect.hasMetadata(ACCESS_RULE, route.handler) || Reflect.hasMetadata(ACCESS_RULE, route.controller);
    expect(routes.filter((route) => !hasRule(route)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('lists every route in the OpenAPI document at /api/docs-json', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(response.body.paths as Record<string, object>)) {
      for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const toOpenApi = (path: string) => path.replace(/:(\w+)/g, '{$1}');
    for (const route of registeredRoutes(t)) {
      expect(documented).toContain(`${route.method} ${toOpenApi(route.path)}`);
    }
    await t.http().get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('has entities that match the migrated schema (migration:generate would find nothing)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query.trim())).toEqual([]);
  });

  it('reports health with a database ping', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', version: expect.any(String) });
  });

  it('lists the 20 regions with Kazakh and Russian names, and the parties', async () => {
    const regions = await t.http().get('/api/regions').expect(200);
    expect(regions.body).toHaveLength(20);
    expect(regions.body).toContainEqual({
      code: 'KZ-62',
      type: 'oblast',
      name: { kk: 'Ұлытау облысы', ru: 'область Ұлытау' },
      centre: { kk: 'Жезқазған', ru: 'Жезказган' },
    });
    expect(regions.body.filter((r: { type: string }) => r.type === 'city')).toHaveLength(3);
    const parties = await t.http().get('/api/parties').expect(200);
    expect(parties.body.length).toBeGreaterThanOrEqual(5);
    expect(parties.body[0]).toEqual({ code: 'amanat', name: { kk: expect.any(String), ru: expect.any(String) } });
  });

  it('sends security headers and a request id, and hides the framework', async () => {
    const response = await t.http().get('/api/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.headers['x-powered-by']).toBeUndefined();
    // Served over plain HTTP (COOKIE_SECURE off): nothing may send the browser to https://.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('asks browsers to stay on HTTPS when the app is served over HTTPS', async () => {
    const secure = await createTestApp({ COOKIE_SECURE: 'true' });
    try {
      const response = await secure.http().get('/api/health').expect(200);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});

describe('serving the SPA on the same port', () => {
  let t: TestApp;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'bilikti-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="kk"><title>Bilikti</title></html>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(() => t.close());

  it('answers client-side routes with index.html, uncached', async () => {
    const response = await t.http().get('/admin/users').set('Accept', 'text/html').expect(200);
    expect(response.text).toContain('<title>Bilikti</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets with a long cache', async () => {
    const response = await t.http().get('/assets/app-abc123.js').expect(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const response = await t.http().get('/api/unknown').set('Accept', 'text/html').expect(404);
    expect(response.body.code).toBe('route.notFound');
  });
});
