import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { registeredRoutes } from '../support/routes';
import { createTestApp, type TestApp } from '../support/test-app';

const apiDir = join(__dirname, '../..');

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface DtoRoute {
  /** e.g. `POST /api/users/{id}` as the OpenAPI document spells it. */
  route: string;
  source: 'body' | 'query';
  dto: string;
}

/** Every handler parameter that is a whole @Body() or @Query() DTO, from Nest's route metadata. */
function dtoRoutes(t: TestApp): DtoRoute[] {
  const found: DtoRoute[] = [];
  for (const { method, path, controller, prototype, name } of registeredRoutes(t)) {
    const route = `${method} ${path.replace(/:(\w+)/g, '{$1}')}`;
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
      string,
      { index: number; data?: unknown }
    >;
    const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
    for (const [key, arg] of Object.entries(args)) {
      const paramtype = Number(key.split(':')[0]);
      const source =
        paramtype === Number(RouteParamtypes.BODY)
          ? 'body'
          : paramtype === Number(RouteParamtypes.QUERY)
            ? 'query'
            : null;
      const type = types[arg.index];
      if (!source || arg.data !== undefined || typeof type !== 'function' || type === Object) continue;
      found.push({ route, source, dto: type.name });
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  it('has src/openapi-metadata.ts generated from the current DTOs and controllers', () => {
    // The generator runs as its own Node process: it is an ES module (scripts/*.mjs), and jest here
    // runs CommonJS. `--stdout` builds the file in memory without writing it.
    const generated = execFileSync(process.execPath, [join(apiDir, 'scripts/openapi-metadata.mjs'), '--stdout'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const committed = readFileSync(join(apiDir, 'src/openapi-metadata.ts'), 'utf8');
    if (generated !== committed) {
      const lines = [generated.split('\n'), committed.split('\n')];
      const at = lines[0].findIndex((line, i) => line !== lines[1][i]);
      throw new Error(
        'apps/api/src/openapi-metadata.ts is out of date with the DTOs/controllers: run `npm run openapi:metadata`' +
          ` (first difference at line ${at + 1}: expected ${JSON.stringify(lines[0][at])},` +
          ` found ${JSON.stringify(lines[1][at])})`,
      );
    }
  }, 120_000);

  describe('served at /api/docs-json', () => {
    let t: TestApp;
    let doc: OpenApiDocument;

    beforeAll(async () => {
      t = await createTestApp();
      doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    });
    afterAll(() => t.close());

    /** Follows $ref into components, and a lone allOf/oneOf/anyOf member (how nullable refs come out). */
    function resolve(schema: Schema | undefined): Schema {
      if (!schema) return {};
      if (schema.$ref) {
        const name = schema.$ref.replace('#/components/schemas/', '');
        const target = doc.components?.schemas?.[name];
        if (!target) throw new Error(`${schema.$ref} is not in components.schemas`);
        return resolve(target);
      }
      for (const list of [schema.allOf, schema.oneOf, schema.anyOf]) {
        const refs = list?.filter((member) => member.$ref);
        if (refs?.length === 1) return resolve(refs[0]);
      }
      return schema;
    }

    function operation(route: string): Operation {
      const [method, path] = route.split(' ');
      const found = doc.paths[path]?.[method.toLowerCase()];
      if (!found) throw new Error(`${route} is not in the OpenAPI document`);
      return found;
    }

    function bodySchema(route: string): Schema {
      const content = operation(route).requestBody?.content ?? {};
      return resolve(content['application/json']?.schema ?? Object.values(content)[0]?.schema);
    }

    it('describes the login body: email and password, required strings', () => {
      const schema = bodySchema('POST /api/auth/login');
      expect(schema.properties?.email).toMatchObject({ type: 'string' });
      expect(schema.properties?.password).toMatchObject({ type: 'string' });
      expect(schema.required).toEqual(expect.arrayContaining(['email', 'password']));
    });

    it('describes nested DTOs, enums and arrays in the create-user body', () => {
      const schema = bodySchema('POST /api/users');
      expect(schema.required).toEqual(expect.arrayContaining(['email', 'fullName', 'password', 'locale', 'roles']));
      expect(schema.required).not.toContain('profile');
      expect(schema.properties?.locale).toMatchObject({ enum: ['kk', 'ru'] });
      expect(schema.properties?.roles).toMatchObject({ type: 'array' });
      expect(resolve(schema.properties?.roles?.items).enum).toEqual(
        expect.arrayContaining(['learner', 'coordinator', 'instructor', 'admin']),
      );
      const profile = resolve(schema.properties?.profile);
      expect(profile.properties?.position).toMatchObject({ enum: ['maslikhat_deputy', 'rural_akim', 'other'] });
      expect(profile.required).toEqual(expect.arrayContaining(['position', 'regionCode']));
    });

    it('gives every @Body() DTO a request body schema with properties, and every @Query() DTO its parameters', () => {
      const routes = dtoRoutes(t);
      expect(routes.filter((r) => r.source === 'body').length).toBeGreaterThanOrEqual(15);
      expect(routes.filter((r) => r.source === 'query').length).toBeGreaterThanOrEqual(5);
      const missing = routes
        .filter(({ route, source }) =>
          source === 'body'
            ? Object.keys(bodySchema(route).properties ?? {}).length === 0
            : !(operation(route).parameters ?? []).some((p) => p.in === 'query'),
        )
        .map(({ route, source, dto }) => `${route} (@${source === 'body' ? 'Body' : 'Query'}() ${dto})`);
      expect(missing).toEqual([]);
    });
  });
});
