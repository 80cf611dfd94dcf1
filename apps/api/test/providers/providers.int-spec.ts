import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderResponse } from '@bilikti/contracts';
import { ProviderEntity } from '../../src/modules/providers/entities/provider.entity';
import { createProvider, createUser, signIn } from '../support/factories';
import { SAMPLES } from '../support/sample-files';
import { createTestApp, type TestApp } from '../support/test-app';

describe('course providers', () => {
  let t: TestApp;
  let storage: string;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let learner: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'bilikti-providers-'));
    t = await createTestApp({ STORAGE_DIR: storage });
    admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    learner = await signIn(t, await createUser(t));
  });
  afterAll(async () => {
    await t.close();
    rmSync(storage, { recursive: true, force: true });
  });

  it('lets an admin create a provider with a logo that everyone signed in can see', async () => {
    const logo = (await admin.post('/api/media').attach('file', SAMPLES.png, 'logo.png').expect(201)).body;
    const created = (
      await admin
        .post('/api/providers')
        .send({ name: { kk: ' Қазақстан заңгерлер одағы ', ru: 'Союз юристов Казахстана' }, logoMediaId: logo.id })
        .expect(201)
    ).body as ProviderResponse;
    expect(created).toMatchObject({
      name: { kk: 'Қазақстан заңгерлер одағы', ru: 'Союз юристов Казахстана' },
      logoMediaId: logo.id,
      courseCount: 0,
    });
    await learner.get(`/api/media/${logo.id}`).expect(200);
    const list = (await learner.get('/api/providers').expect(200)).body as ProviderResponse[];
    expect(list.map((p) => p.id)).toContain(created.id);

    const renamed = (
      await admin
        .patch(`/api/providers/${created.id}`)
        .send({ name: { kk: 'Заңгерлер одағы', ru: 'Союз юристов' } })
        .expect(200)
    ).body;
    expect(renamed.name).toEqual({ kk: 'Заңгерлер одағы', ru: 'Союз юристов' });
  });

  it('refuses duplicates, missing languages, PDFs as logos, and non-admins', async () => {
    const existing = await createProvider(t, { kk: 'Академия', ru: 'Академия ГУ' });
    const duplicate = await admin
      .post('/api/providers')
      .send({ name: { kk: 'Басқа', ru: existing.nameRu } })
      .expect(422);
    expect(duplicate.body.fields).toEqual({ 'name.ru': { code: 'invalidValue' } });
    const missing = await admin
      .post('/api/providers')
      .send({ name: { kk: 'Тек қазақша', ru: '  ' } })
      .expect(422);
    expect(missing.body.fields).toEqual({ 'name.ru': { code: 'required' } });
    const pdf = (await admin.post('/api/media').attach('file', SAMPLES.pdf, 'logo.pdf').expect(201)).body;
    const wrongKind = await admin
      .post('/api/providers')
      .send({ name: { kk: 'Жаңа', ru: 'Новый' }, logoMediaId: pdf.id })
      .expect(422);
    expect(wrongKind.body.fields).toEqual({ logoMediaId: { code: 'wrongMediaKind' } });
    await learner
      .post('/api/providers')
      .send({ name: { kk: 'А', ru: 'А' } })
      .expect(403);
    await learner
      .patch(`/api/providers/${existing.id}`)
      .send({ name: { kk: 'А', ru: 'А' } })
      .expect(403);
    expect(await t.dataSource.getRepository(ProviderEntity).countBy({ nameKk: 'Жаңа' })).toBe(0);
  });

  it('assigns instructors to a provider, and only instructors', async () => {
    const provider = await createProvider(t);
    const instructor = await createUser(t, { roles: ['instructor'] });
    const updated = await admin.patch(`/api/users/${instructor.id}`).send({ providerId: provider.id }).expect(200);
    expect(updated.body.providerId).toBe(provider.id);
    const learnerUser = await createUser(t);
    const refused = await admin.patch(`/api/users/${learnerUser.id}`).send({ providerId: provider.id }).expect(422);
    expect(refused.body.fields).toEqual({ providerId: { code: 'invalidValue' } });
    const unknown = await admin
      .patch(`/api/users/${instructor.id}`)
      .send({ providerId: '00000000-0000-4000-8000-000000000000' })
      .expect(422);
    expect(unknown.body.fields).toEqual({ providerId: { code: 'invalidValue' } });
    // Dropping the instructor role drops the provider too.
    const demoted = await admin
      .patch(`/api/users/${instructor.id}`)
      .send({
        roles: ['learner'],
        profile: {
          position: 'rural_akim',
          regionCode: 'KZ-11',
          maslikhatLevel: null,
          organisation: 'Әкімдік',
          partyCode: null,
        },
      })
      .expect(200);
    expect(demoted.body.providerId).toBeNull();
  });
});
