import type { AnswerValue, AttemptQuestion, CreateQuestionRequest, QuizSettings } from '@bilikti/contracts';
import type { signIn } from './factories';

type Agent = Awaited<ReturnType<typeof signIn>>;
const bi = (kk: string, ru: string) => ({ kk, ru });

/** One question of every type, with the answer that earns all its points. */
export const EVERY_TYPE: { request: CreateQuestionRequest; right: AnswerValue; wrong: AnswerValue }[] = [
  {
    request: {
      prompt: bi('Аудан бюджетін кім бекітеді?', 'Кто утверждает бюджет района?'),
      explanation: bi('Бюджетті мәслихат бекітеді.', 'Бюджет утверждает маслихат.'),
      points: 1,
      tags: ['budget'],
      content: {
        type: 'single_choice',
        options: [
          { id: 'a', text: bi('Мәслихат', 'Маслихат') },
          { id: 'b', text: bi('Әкім', 'Аким') },
          { id: 'c', text: bi('Облыс', 'Область') },
        ],
        correctOptionId: 'a',
      },
    },
    right: { type: 'single_choice', optionId: 'a' },
    wrong: { type: 'single_choice', optionId: 'b' },
  },
  {
    request: {
      prompt: bi('Есепке не кіреді?', 'Что входит в отчёт?'),
      points: 2,
      tags: ['reporting'],
      content: {
        type: 'multiple_choice',
        options: [
          { id: 'a', text: bi('Бюджеттің орындалуы', 'Исполнение бюджета') },
          { id: 'b', text: bi('Тұрғындардың өтініштері', 'Обращения жителей') },
          { id: 'c', text: bi('Ауа райы', 'Погода') },
        ],
        correctOptionIds: ['a', 'b'],
        partialCredit: 'proportional',
      },
    },
    right: { type: 'multiple_choice', optionIds: ['b', 'a'] },
    wrong: { type: 'multiple_choice', optionIds: ['c'] },
  },
  {
    request: {
      prompt: bi('Әкім жылына бір рет есеп береді.', 'Аким отчитывается раз в год.'),
      points: 1,
      tags: ['reporting'],
      content: { type: 'true_false', correct: true },
    },
    right: { type: 'true_false', value: true },
    wrong: { type: 'true_false', value: false },
  },
  {
    request: {
      prompt: bi('Сәйкестендіріңіз', 'Сопоставьте'),
      points: 2,
      tags: ['law'],
      content: {
        type: 'matching',
        pairs: [
          { id: 'p1', left: bi('Мәслихат', 'Маслихат'), right: bi('Бюджетті бекітеді', 'Утверждает бюджет') },
          { id: 'p2', left: bi('Әкім', 'Аким'), right: bi('Бюджетті атқарады', 'Исполняет бюджет') },
        ],
      },
    },
    right: { type: 'matching', matches: { p1: 'p1', p2: 'p2' } },
    wrong: { type: 'matching', matches: { p1: 'p2', p2: 'p1' } },
  },
  {
    request: {
      prompt: bi('Ретімен қойыңыз', 'Расположите по порядку'),
      points: 1,
      tags: ['law'],
      content: {
        type: 'ordering',
        items: [
          { id: 'i1', text: bi('Жоба', 'Проект') },
          { id: 'i2', text: bi('Талқылау', 'Обсуждение') },
          { id: 'i3', text: bi('Бекіту', 'Утверждение') },
        ],
      },
    },
    right: { type: 'ordering', order: ['i1', 'i2', 'i3'] },
    wrong: { type: 'ordering', order: ['i3', 'i2', 'i1'] },
  },
  {
    request: {
      prompt: bi('Жергілікті өкілді органның атауы', 'Название местного представительного органа'),
      points: 1,
      tags: ['law'],
      content: { type: 'short_answer', accepted: { kk: ['Мәслихат'], ru: ['Маслихат'] } },
    },
    right: { type: 'short_answer', text: ' маслихат. ' },
    wrong: { type: 'short_answer', text: 'акимат' },
  },
  {
    request: {
      prompt: bi('Облыс саны', 'Сколько областей?'),
      points: 1,
      tags: ['law'],
      content: { type: 'numeric', value: 17, tolerance: 0, unit: bi('облыс', 'областей') },
    },
    right: { type: 'numeric', value: 17 },
    wrong: { type: 'numeric', value: 14 },
  },
  {
    request: {
      prompt: bi('Тұрғындарға есепті қалай дайындайсыз?', 'Как вы подготовите отчёт перед жителями?'),
      points: 4,
      tags: ['reporting'],
      content: {
        type: 'essay',
        rubric: [
          { id: 'facts', criterion: bi('Деректер', 'Факты'), maxPoints: 5 },
          { id: 'dialogue', criterion: bi('Диалог', 'Диалог'), maxPoints: 5 },
        ],
      },
    },
    right: { type: 'essay', text: 'Бюджеттің орындалуын және өтініштерді көрсетемін.' },
    wrong: { type: 'essay', text: '' },
  },
];

export const quizSettings = (overrides: Partial<QuizSettings> = {}): QuizSettings => ({
  mode: 'fixed',
  questionIds: [],
  pools: [],
  shuffleQuestions: false,
  shuffleOptions: true,
  timeLimitMinutes: 30,
  maxAttempts: 2,
  passPercent: 60,
  availableFrom: null,
  availableUntil: null,
  feedback: 'after_submit',
  ...overrides,
});

export interface QuizCourse {
  courseId: string;
  /** Bank question ids, in EVERY_TYPE's order. */
  questionIds: string[];
  /** Assessment lesson ids, one per quiz asked for. */
  lessonIds: string[];
}

/**
 * A published course whose bank holds one question of every type, with an assessment lesson per
 * quiz setting given (fixed quizzes with no question ids ask the whole bank, in order).
 */
export async function createQuizCourse(
  author: Agent,
  code: string,
  quizzes: Partial<QuizSettings>[],
): Promise<QuizCourse> {
  const courseId = (
    await author
      .post('/api/courses')
      .send({
        code,
        title: bi('Бюджет және есеп', 'Бюджет и отчётность'),
        summary: bi('Тесттер', 'Тесты'),
        audience: 'both',
        academicHours: 2,
      })
      .expect(201)
  ).body.id as string;
  const questionIds: string[] = [];
  for (const { request } of EVERY_TYPE) {
    questionIds.push((await author.post(`/api/courses/${courseId}/questions`).send(request).expect(201)).body.id);
  }
  const module = (
    await author
      .post(`/api/courses/${courseId}/modules`)
      .send({ title: bi('Модуль', 'Модуль') })
      .expect(201)
  ).body;
  const lessonIds: string[] = [];
  for (const [index, overrides] of quizzes.entries()) {
    const lesson = (
      await author
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'assessment',
          title: bi(`Тест ${index + 1}`, `Тест ${index + 1}`),
          content: { kk: { body: '<p>Тест</p>' }, ru: { body: '<p>Тест</p>' } },
        })
        .expect(201)
    ).body;
    const quiz = quizSettings(overrides);
    if (quiz.mode === 'fixed' && !quiz.questionIds.length) quiz.questionIds = questionIds;
    await author.patch(`/api/lessons/${lesson.id}`).send({ version: lesson.version, quiz }).expect(200);
    lessonIds.push(lesson.id);
  }
  await author
    .post(`/api/courses/${courseId}/publish`)
    .send({ changeNote: { kk: 'Тесттер', ru: 'Тесттер' } })
    .expect(201);
  return { courseId, questionIds, lessonIds };
}

/**
 * An answer written in the bank's ids, as the attempt's screen names things: matching right-hand
 * sides and ordering items are shown under ids of their place on the screen, found here by text.
 */
export function asShown(question: AttemptQuestion, request: CreateQuestionRequest, answer: AnswerValue): AnswerValue {
  const { view } = question;
  const { content } = request;
  if (answer.type === 'matching' && view.type === 'matching' && content.type === 'matching') {
    const shownId = (pairId: string) =>
      view.right.find((r) => r.text.ru === content.pairs.find((p) => p.id === pairId)?.right.ru)?.id ?? pairId;
    return {
      type: 'matching',
      matches: Object.fromEntries(Object.entries(answer.matches).map(([left, right]) => [left, shownId(right)])),
    };
  }
  if (answer.type === 'ordering' && view.type === 'ordering' && content.type === 'ordering') {
    const shownId = (itemId: string) =>
      view.items.find((i) => i.text.ru === content.items.find((c) => c.id === itemId)?.text.ru)?.id ?? itemId;
    return { type: 'ordering', order: answer.order.map(shownId) };
  }
  return answer;
}
