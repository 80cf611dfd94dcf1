import type { Page, QuestionResponse } from '@bilikti/contracts';
import { QuestionEntity } from '../../src/modules/questions/entities/question.entity';
import { createProvider, createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

const bi = (kk: string, ru: string) => ({ kk, ru });
const option = (id: string, kk: string, ru: string) => ({ id, text: bi(kk, ru) });

/** One valid question of every type, as an author would send it. */
const EVERY_TYPE = [
  {
    prompt: bi('Ауылдық округ бюджетін кім бекітеді?', 'Кто утверждает бюджет сельского округа?'),
    points: 1,
    tags: ['budget'],
    content: {
      type: 'single_choice',
      options: [option('a', 'Мәслихат', 'Маслихат'), option('b', 'Әкім', 'Аким'), option('c', 'Жиналыс', 'Сход')],
      correctOptionId: 'a',
    },
  },
  {
    prompt: bi('Есепте не болуы керек?', 'Что должно быть в отчёте?'),
    points: 2,
    tags: ['reporting'],
    content: {
      type: 'multiple_choice',
      options: [option('a', 'Сандар', 'Цифры'), option('b', 'Ұрандар', 'Лозунги'), option('c', 'Жоспарлар', 'Планы')],
      correctOptionIds: ['a', 'c'],
      partialCredit: 'right_minus_wrong',
    },
  },
  {
    prompt: bi('Өтінішке жауап беру мерзімі бар.', 'У ответа на обращение есть срок.'),
    points: 1,
    content: { type: 'true_false', correct: true },
  },
  {
    prompt: bi('Сәйкестендіріңіз', 'Сопоставьте'),
    points: 2,
    content: {
      type: 'matching',
      pairs: [
        { id: 'p1', left: bi('Мәслихат', 'Маслихат'), right: bi('Өкілді орган', 'Представительный орган') },
        { id: 'p2', left: bi('Әкім', 'Аким'), right: bi('Атқарушы', 'Исполнительный') },
      ],
    },
  },
  {
    prompt: bi('Реттеңіз', 'Упорядочьте'),
    points: 2,
    content: {
      type: 'ordering',
      items: [
        option('1', 'Жоба', 'Проект'),
        option('2', 'Талқылау', 'Обсуждение'),
        option('3', 'Бекіту', 'Утверждение'),
      ],
    },
  },
  {
    prompt: bi('Ресми құқықтық базаның атауы?', 'Название официальной правовой базы?'),
    points: 1,
    content: { type: 'short_answer', accepted: { kk: ['Әділет'], ru: ['Адилет', 'Әділет'] } },
  },
  {
    prompt: bi('Жауап беру мерзімі, жұмыс күні?', 'Срок ответа, рабочих дней?'),
    points: 1,
    content: { type: 'numeric', value: 15, tolerance: 0, unit: bi('күн', 'дней') },
  },
  {
    prompt: bi('Тұрғындарға есеп жоспарын жазыңыз.', 'Напишите план отчёта перед жителями.'),
    points: 10,
    content: {
      type: 'essay',
      rubric: [
        { id: 'r1', criterion: bi('Құрылым', 'Структура'), maxPoints: 5 },
        { id: 'r2', criterion: bi('Деректер', 'Данные'), maxPoints: 5 },
      ],
    },
  },
];

describe('question banks', () => {
  let t: TestApp;
  let author: Agent;
  let other: Agent;
  let learner: Agent;
  let courseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const providerId = (await createProvider(t)).id;
    author = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    other = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    learner = await signIn(t, await createUser(t));
    courseId = (
      await author
        .post('/api/courses')
        .send({ code: 'QB-1', title: bi('Тест', 'Тест'), audience: 'both', academicHours: 2 })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('stores a question of every type, bilingual and complete in both languages', async () => {
    for (const question of EVERY_TYPE) {
      const created = (await author.post(`/api/courses/${courseId}/questions`).send(question).expect(201))
        .body as QuestionResponse;
      expect(created).toMatchObject({
        courseId,
        type: question.content.type,
        prompt: question.prompt,
        content: question.content,
        complete: { kk: true, ru: true },
        version: 1,
      });
    }
    const page = (await author.get(`/api/courses/${courseId}/questions`).query({ pageSize: 50 }).expect(200))
      .body as Page<QuestionResponse>;
    expect(page.items.map((q) => q.type)).toEqual(EVERY_TYPE.map((q) => q.content.type));
  });

  it('filters by type and tag, and searches prompts in either language with Kazakh letters folded', async () => {
    const list = async (query: Record<string, string>) =>
      (
        (await author.get(`/api/courses/${courseId}/questions`).query(query).expect(200)).body as Page<QuestionResponse>
      ).items.map((q) => q.type);
    expect(await list({ type: 'essay' })).toEqual(['essay']);
    expect(await list({ tag: 'reporting' })).toEqual(['multiple_choice']);
    expect(await list({ q: 'ресми кукыктык' })).toEqual(['short_answer']);
    expect(await list({ q: 'ОТЧЁТ' })).toEqual(['multiple_choice', 'essay']);
  });

  it('reports which language a draft question still lacks', async () => {
    const draft = (
      await author
        .post(`/api/courses/${courseId}/questions`)
        .send({
          prompt: bi('Тек қазақша', ''),
          points: 1,
          content: {
            type: 'single_choice',
            options: [option('a', 'Иә', ''), option('b', 'Жоқ', '')],
            correctOptionId: 'b',
          },
        })
        .expect(201)
    ).body as QuestionResponse;
    expect(draft.complete).toEqual({ kk: true, ru: false });
  });

  it('refuses answers keys and shapes that do not fit the type, naming the field', async () => {
    const cases: [object, Record<string, { code: string }>][] = [
      [
        { type: 'single_choice', options: [option('a', 'x', 'x'), option('b', 'y', 'y')], correctOptionId: 'z' },
        { 'content.correctOptionId': { code: 'invalidValue' } },
      ],
      [
        { type: 'single_choice', options: [option('a', 'x', 'x')], correctOptionId: 'a' },
        { 'content.options': { code: 'tooShort' } },
      ],
      [
        { type: 'single_choice', options: [option('a', 'x', 'x'), option('a', 'y', 'y')], correctOptionId: 'a' },
        { 'content.options': { code: 'invalidValue' } },
      ],
      [
        {
          type: 'multiple_choice',
          options: [option('a', 'x', 'x'), option('b', 'y', 'y')],
          correctOptionIds: [],
          partialCredit: 'proportional',
        },
        { 'content.correctOptionIds': { code: 'invalidValue' } },
      ],
      [
        {
          type: 'multiple_choice',
          options: [option('a', 'x', 'x'), option('b', 'y', 'y')],
          correctOptionIds: ['a'],
          partialCredit: 'generous',
        },
        { 'content.partialCredit': { code: 'invalidValue' } },
      ],
      [{ type: 'true_false', correct: 'yes' }, { 'content.correct': { code: 'invalidType' } }],
      [
        { type: 'numeric', value: 'fifteen', tolerance: -1 },
        { 'content.value': { code: 'invalidType' }, 'content.tolerance': { code: 'outOfRange' } },
      ],
      [{ type: 'short_answer', accepted: { kk: [], ru: [] } }, { 'content.accepted': { code: 'required' } }],
      [
        { type: 'essay', rubric: [{ id: 'r', criterion: bi('a', 'a'), maxPoints: 0 }] },
        { 'content.rubric.0.maxPoints': { code: 'outOfRange' } },
      ],
      [
        { type: 'ordering', items: [option('1', 'x', 'x'), { id: '2', text: { kk: 'y'.repeat(1001), ru: 'y' } }] },
        { 'content.items.1.text.kk': { code: 'tooLong' } },
      ],
      [
        { type: 'true_false', correct: true, correctOptionId: 'a' },
        { 'content.correctOptionId': { code: 'unknownField' } },
      ],
      [{ type: 'poll' }, { 'content.type': { code: 'invalidValue' } }],
    ];
    const before = await t.dataSource.getRepository(QuestionEntity).count();
    for (const [content, fields] of cases) {
      const response = await author
        .post(`/api/courses/${courseId}/questions`)
        .send({ prompt: bi('Сұрақ', 'Вопрос'), points: 1, content })
        .expect(422);
      expect(response.body.fields).toMatchObject(fields);
    }
    const missing = await author
      .post(`/api/courses/${courseId}/questions`)
      .send({ prompt: bi('', '') })
      .expect(422);
    expect(missing.body.fields).toMatchObject({
      points: { code: 'required' },
      prompt: { code: 'required' },
      content: { code: 'required' },
    });
    expect(await t.dataSource.getRepository(QuestionEntity).count()).toBe(before);
  });

  it('edits with a version (409 when stale), keeps the type, and deletes from the bank', async () => {
    const question = (
      await author
        .post(`/api/courses/${courseId}/questions`)
        .send({ prompt: bi('Уақытша', 'Временный'), points: 1, content: { type: 'true_false', correct: false } })
        .expect(201)
    ).body as QuestionResponse;
    const edited = (
      await author
        .patch(`/api/questions/${question.id}`)
        .send({ version: 1, points: 3, content: { type: 'true_false', correct: true } })
        .expect(200)
    ).body as QuestionResponse;
    expect(edited).toMatchObject({ version: 2, points: 3, content: { correct: true } });
    const stale = await author.patch(`/api/questions/${question.id}`).send({ version: 1, points: 4 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'resource.staleVersion', params: { currentVersion: 2 } });
    const retype = await author
      .patch(`/api/questions/${question.id}`)
      .send({ version: 2, content: { type: 'numeric', value: 1, tolerance: 0 } })
      .expect(422);
    expect(retype.body.fields).toEqual({ 'content.type': { code: 'invalidValue' } });
    await author.delete(`/api/questions/${question.id}`).expect(204);
    await author.get(`/api/questions/${question.id}`).expect(404);
  });

  it('shows a bank only to the course’s authors and admins', async () => {
    const [first] = (
      (await author.get(`/api/courses/${courseId}/questions`).expect(200)).body as Page<QuestionResponse>
    ).items;
    await other.get(`/api/courses/${courseId}/questions`).expect(404);
    await other.get(`/api/questions/${first.id}`).expect(404);
    await other.patch(`/api/questions/${first.id}`).send({ version: 1, points: 5 }).expect(404);
    await other.delete(`/api/questions/${first.id}`).expect(404);
    await learner.get(`/api/courses/${courseId}/questions`).expect(403);
    await t.http().get(`/api/questions/${first.id}`).expect(401);
    const admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    await admin.get(`/api/questions/${first.id}`).expect(200);
  });
});
