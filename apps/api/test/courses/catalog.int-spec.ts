import type { Audience, CourseListItem, Page, Topic } from '@bilikti/contracts';
import { createProvider, createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

interface Spec {
  code: string;
  kk: string;
  ru: string;
  audience: Audience;
  topics: Topic[];
  providerId: string;
}

/** Builds a complete one-lesson course through the API and publishes it. */
async function publishCourse(agent: Agent, spec: Spec): Promise<string> {
  const course = (
    await agent
      .post('/api/courses')
      .send({
        code: spec.code,
        title: { kk: spec.kk, ru: spec.ru },
        summary: { kk: `${spec.kk} туралы`, ru: `О курсе «${spec.ru}»` },
        audience: spec.audience,
        academicHours: 8,
        topics: spec.topics,
        providerId: spec.providerId,
      })
      .expect(201)
  ).body;
  const module = (
    await agent
      .post(`/api/courses/${course.id}/modules`)
      .send({ title: { kk: 'Негіздер', ru: 'Основы' } })
      .expect(201)
  ).body;
  await agent
    .post(`/api/modules/${module.id}/lessons`)
    .send({
      type: 'text',
      title: { kk: 'Кіріспе', ru: 'Введение' },
      content: { kk: { body: '<p>Мәтін</p>' }, ru: { body: '<p>Текст</p>' } },
    })
    .expect(201);
  await agent
    .post(`/api/courses/${course.id}/publish`)
    .send({ changeNote: { kk: 'v1', ru: 'v1' } })
    .expect(201);
  return course.id as string;
}

describe('the course catalog', () => {
  let t: TestApp;
  let admin: Agent;
  let learner: Agent;
  let academy: string;
  let party: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    learner = await signIn(t, await createUser(t));
    academy = (await createProvider(t, { kk: 'Академия', ru: 'Академия' })).id;
    party = (await createProvider(t, { kk: 'Партия мектебі', ru: 'Партийная школа' })).id;
    const specs: Spec[] = [
      {
        code: 'AKIM-101',
        kk: 'Әкімдер мектебі',
        ru: 'Школа акимов',
        audience: 'rural_akims',
        topics: ['local_budget'],
        providerId: party,
      },
      {
        code: 'ACAD-201',
        kk: 'Ашық диалог',
        ru: 'Открытый диалог',
        audience: 'both',
        topics: ['citizen_dialogue', 'public_policy'],
        providerId: academy,
      },
      {
        code: 'DEP-110',
        kk: 'Сайлаушыларға есеп беру',
        ru: 'Отчёт перед избирателями',
        audience: 'deputies',
        topics: ['reporting_to_voters'],
        providerId: academy,
      },
      {
        code: 'LAW-150',
        kk: 'Құқықтық сауаттылық',
        ru: 'Правовая грамотность',
        audience: 'both',
        topics: ['legal_literacy'],
        providerId: academy,
      },
    ];
    for (const spec of specs) ids[spec.code] = await publishCourse(admin, spec);
    // A draft never appears in the catalog.
    await admin
      .post('/api/courses')
      .send({
        code: 'DRAFT-1',
        title: { kk: 'Жоба', ru: 'Черновик' },
        audience: 'both',
        academicHours: 1,
        providerId: academy,
      })
      .expect(201);
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, string | number>) =>
    (await learner.get('/api/courses').query(query).expect(200)).body as Page<CourseListItem>;
  const codes = (page: Page<CourseListItem>) => page.items.map((c) => c.code);

  it('lists published courses only, sorted by title in the asked language', async () => {
    expect(codes(await list({ locale: 'ru' }))).toEqual(['ACAD-201', 'DEP-110', 'LAW-150', 'AKIM-101']);
    expect(codes(await list({ locale: 'kk' }))).toEqual(['ACAD-201', 'AKIM-101', 'LAW-150', 'DEP-110']);
    const page = await list({ locale: 'ru', pageSize: 1 });
    expect(page.items[0]).toMatchObject({
      code: 'ACAD-201',
      status: 'published',
      versionNumber: 1,
      languages: ['kk', 'ru'],
      moduleCount: 1,
      lessonCount: 1,
      provider: { id: academy, name: { ru: 'Академия' } },
    });
    expect(page.items[0]).not.toHaveProperty('parityComplete');
  });

  it('filters by provider, audience (courses for both count for each), topic and language', async () => {
    expect(codes(await list({ providerId: party }))).toEqual(['AKIM-101']);
    expect(codes(await list({ audience: 'deputies', locale: 'ru' }))).toEqual(['ACAD-201', 'DEP-110', 'LAW-150']);
    expect(codes(await list({ audience: 'rural_akims', locale: 'ru' }))).toEqual(['ACAD-201', 'LAW-150', 'AKIM-101']);
    expect(codes(await list({ audience: 'both', locale: 'ru' }))).toEqual(['ACAD-201', 'LAW-150']);
    expect(codes(await list({ topic: 'public_policy' }))).toEqual(['ACAD-201']);
    expect((await list({ language: 'kk' })).total).toBe(4);
  });

  it('searches titles in both languages, folding case, ё and Kazakh letters; % and _ are literal', async () => {
    expect(codes(await list({ q: 'ОТЧЕТ' }))).toEqual(['DEP-110']);
    expect(codes(await list({ q: 'кукыктык' }))).toEqual(['LAW-150']);
    expect(codes(await list({ q: 'сайлаушыларга' }))).toEqual(['DEP-110']);
    expect((await list({ q: '%' })).total).toBe(0);
    expect((await list({ q: '_' })).total).toBe(0);
  });

  it('pages with a stable total, also past the end', async () => {
    const first = await list({ pageSize: 3, page: 1, locale: 'ru' });
    const second = await list({ pageSize: 3, page: 2, locale: 'ru' });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect([...codes(first), ...codes(second)]).toEqual(['ACAD-201', 'DEP-110', 'LAW-150', 'AKIM-101']);
    const beyond = await list({ pageSize: 3, page: 5 });
    expect(beyond).toMatchObject({ items: [], total: 4, page: 5 });
  });

  it('sorts newest first on request', async () => {
    expect(codes(await list({ sort: 'newest' }))).toEqual(['LAW-150', 'DEP-110', 'ACAD-201', 'AKIM-101']);
  });

  it('gives authors their drafts with completeness, and takes archived courses out of the catalog', async () => {
    const mine = (await admin.get('/api/courses').query({ scope: 'mine', complete: 'false' }).expect(200)).body;
    expect(codes(mine)).toEqual(['DRAFT-1']);
    expect(mine.items[0]).toMatchObject({ status: 'draft', parityComplete: false, hasUnpublishedChanges: true });

    await admin.delete(`/api/courses/${ids['LAW-150']}`).expect(204);
    expect(codes(await list({ locale: 'ru' }))).toEqual(['ACAD-201', 'DEP-110', 'AKIM-101']);
    const archived = (await admin.get('/api/courses').query({ scope: 'mine', status: 'archived' }).expect(200)).body;
    expect(codes(archived)).toEqual(['LAW-150']);
    // Its published version stays readable (learners who took it keep their record).
    await learner.get(`/api/courses/${ids['LAW-150']}`).expect(200);
  });

  it('counts published courses per provider', async () => {
    const providers = (await learner.get('/api/providers').expect(200)).body as { id: string; courseCount: number }[];
    expect(providers.find((p) => p.id === academy)?.courseCount).toBe(2);
    expect(providers.find((p) => p.id === party)?.courseCount).toBe(1);
  });
});
