import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/app';
import { expectAccessible, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const PASSWORD = 'Bilikti-Demo-2026';
/** Works in Kazakh (the account's language). */
const deputy = { email: 'deputy@demo.bilikti.kz', password: PASSWORD };
const instructor = { email: 'instructor@demo.bilikti.kz', password: PASSWORD };

const bi = (kk: string, ru: string) => ({ kk, ru });

/** One question of every type, in both languages. */
const QUESTIONS = [
  {
    prompt: bi('Аудан бюджетін кім бекітеді?', 'Кто утверждает бюджет района?'),
    points: 1,
    content: {
      type: 'single_choice',
      options: [
        { id: 'a', text: bi('Мәслихат', 'Маслихат') },
        { id: 'b', text: bi('Облыс әкімі', 'Аким области') },
      ],
      correctOptionId: 'a',
    },
  },
  {
    prompt: bi('Есепке не кіреді?', 'Что входит в отчёт?'),
    points: 2,
    content: {
      type: 'multiple_choice',
      options: [
        { id: 'a', text: bi('Бюджеттің орындалуы', 'Исполнение бюджета') },
        { id: 'b', text: bi('Тұрғындардың өтініштері', 'Обращения жителей') },
        { id: 'c', text: bi('Ауа райы болжамы', 'Прогноз погоды') },
      ],
      correctOptionIds: ['a', 'b'],
      partialCredit: 'proportional',
    },
  },
  {
    prompt: bi('Депутат сайлаушыларға есеп береді.', 'Депутат отчитывается перед избирателями.'),
    points: 1,
    content: { type: 'true_false', correct: true },
  },
  {
    prompt: bi('Органды оның өкілеттігімен сәйкестендіріңіз', 'Сопоставьте орган и полномочие'),
    points: 2,
    content: {
      type: 'matching',
      pairs: [
        { id: 'p1', left: bi('Мәслихат', 'Маслихат'), right: bi('Бюджетті бекітеді', 'Утверждает бюджет') },
        { id: 'p2', left: bi('Әкім', 'Аким'), right: bi('Бюджетті атқарады', 'Исполняет бюджет') },
      ],
    },
  },
  {
    prompt: bi('Кезеңдерді ретімен қойыңыз', 'Расположите этапы по порядку'),
    points: 1,
    content: {
      type: 'ordering',
      items: [
        { id: 'x7', text: bi('Жоба', 'Проект') },
        { id: 'k2', text: bi('Тыңдау', 'Слушания') },
        { id: 'm4', text: bi('Бекіту', 'Утверждение') },
      ],
    },
  },
  {
    prompt: bi('Жергілікті өкілді органның атауы', 'Название местного представительного органа'),
    points: 1,
    content: { type: 'short_answer', accepted: { kk: ['Мәслихат'], ru: ['Маслихат'] } },
  },
  {
    prompt: bi(
      'Сессияға неше депутаттың қатысуы керек, егер 30 депутаттың үштен екісі кворум болса?',
      'Сколько депутатов нужно для кворума в две трети из 30?',
    ),
    points: 1,
    content: { type: 'numeric', value: 20, tolerance: 0, unit: bi('депутат', 'депутатов') },
  },
  {
    prompt: bi('Сайлаушылармен кездесуді қалай өткізесіз?', 'Как вы проведёте встречу с избирателями?'),
    points: 4,
    content: {
      type: 'essay',
      rubric: [
        { id: 'facts', criterion: bi('Деректер', 'Факты'), maxPoints: 5 },
        { id: 'dialogue', criterion: bi('Диалог', 'Диалог'), maxPoints: 5 },
      ],
    },
  },
];

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The instructor publishes a course whose one lesson is a quiz of every question type, through the API. */
async function publishQuiz(request: APIRequestContext, baseUrl: string) {
  await ok(await request.post(`${baseUrl}/api/auth/login`, { data: instructor }));
  const course = await ok<{ id: string }>(
    await request.post(`${baseUrl}/api/courses`, {
      data: {
        code: 'E2E-QUIZ',
        title: bi('Депутат және сайлаушылар', 'Депутат и избиратели'),
        summary: bi('Қорытынды тест.', 'Итоговый тест.'),
        audience: 'deputies',
        academicHours: 1,
      },
    }),
  );
  const questionIds: string[] = [];
  for (const question of QUESTIONS) {
    questionIds.push(
      (
        await ok<{ id: string }>(
          await request.post(`${baseUrl}/api/courses/${course.id}/questions`, { data: question }),
        )
      ).id,
    );
  }
  const module = await ok<{ id: string }>(
    await request.post(`${baseUrl}/api/courses/${course.id}/modules`, { data: { title: bi('Тест', 'Тест') } }),
  );
  const lesson = await ok<{ id: string; version: number }>(
    await request.post(`${baseUrl}/api/modules/${module.id}/lessons`, {
      data: {
        type: 'assessment',
        title: bi('Қорытынды тест', 'Итоговый тест'),
        content: { kk: { body: '<p>30 минут.</p>' }, ru: { body: '<p>30 минут.</p>' } },
      },
    }),
  );
  await ok(
    await request.patch(`${baseUrl}/api/lessons/${lesson.id}`, {
      data: {
        version: lesson.version,
        quiz: {
          mode: 'fixed',
          questionIds,
          pools: [],
          shuffleQuestions: false,
          shuffleOptions: true,
          timeLimitMinutes: 30,
          maxAttempts: 2,
          passPercent: 50,
          availableFrom: null,
          availableUntil: null,
          feedback: 'after_submit',
        },
      },
    }),
  );
  await ok(
    await request.post(`${baseUrl}/api/courses/${course.id}/publish`, {
      data: { changeNote: { kk: 'Тест', ru: 'Тест' } },
    }),
  );
  return { courseId: course.id, lessonId: lesson.id };
}

/** The fieldset of the question whose Kazakh prompt is given. */
const question = (page: Page, prompt: string) => page.locator('fieldset').filter({ hasText: prompt }).first();

describe('a deputy takes a quiz on a phone, loses the connection mid-way, and the essay is graded', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let quiz: { courseId: string; lessonId: string };
  let attemptUrl = '';
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    const setup = await browser.newContext();
    quiz = await publishQuiz(setup.request, baseUrl);
    await setup.close();
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.setOffline(false);
    await browser?.close();
  });

  it('starts the quiz from the lesson, with the server’s countdown', async () => {
    await signIn(page, baseUrl, deputy);
    await ok(await page.request.post(`${baseUrl}/api/courses/${quiz.courseId}/enrolments`));
    await page.goto(`${baseUrl}/courses/${quiz.courseId}/lessons/${quiz.lessonId}`);
    await page.getByRole('button', { name: 'Тестті бастау' }).waitFor();
    await expectAccessible(page, 'quiz lesson with its rules (kk, phone)');
    await page.getByRole('button', { name: 'Тестті бастау' }).click();
    await page.waitForURL(/\/attempts\//);
    attemptUrl = page.url();
    await page
      .getByText(/^(29|30):\d\d$/)
      .first()
      .waitFor();
    await expectAccessible(page, 'attempt screen (kk, phone)');
  });

  it('answers every type on one page, each answer saved as it is given', async () => {
    await page.getByLabel('Барлығы бір бетте').check();
    await question(page, 'Аудан бюджетін кім бекітеді?').getByLabel('Мәслихат').check();
    const report = question(page, 'Есепке не кіреді?');
    await report.getByLabel('Бюджеттің орындалуы').check();
    await report.getByLabel('Тұрғындардың өтініштері').check();
    await question(page, 'Депутат сайлаушыларға есеп береді.').getByLabel('Дұрыс').check();
    const matching = question(page, 'Органды оның өкілеттігімен');
    await matching.locator('select').nth(0).selectOption({ label: 'Бюджетті бекітеді' });
    await matching.locator('select').nth(1).selectOption({ label: 'Бюджетті атқарады' });
    await question(page, 'Кезеңдерді ретімен қойыңыз').getByRole('button', { name: 'Осы ретпен жауап беру' }).click();
    await question(page, 'Жергілікті өкілді органның атауы').getByRole('textbox').fill(' мәслихат ');
    await question(page, 'үштен екісі').getByRole('textbox').fill('20');
    await page.getByText('Барлық жауап сақталды').first().waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'attempt, all questions on one page');
  });

  it('keeps the essay written offline on the device and sends it when the connection returns', async () => {
    await context.setOffline(true);
    await question(page, 'Сайлаушылармен кездесуді')
      .getByRole('textbox')
      .fill('Бюджеттің орындалуын айтып, сұрақтарға жауап беремін.');
    await page
      .getByText(/1 жауап осы құрылғыда сақталды/)
      .first()
      .waitFor({ timeout: 15_000 });
    await context.setOffline(false);
    await page.getByText('Барлық жауап сақталды').first().waitFor({ timeout: 30_000 });
    const attempt = await ok<{ questions: Array<{ type: string; answer: { text?: string } | null }> }>(
      await page.request.get(`${baseUrl}/api/attempts/${attemptUrl.split('/').pop()}`),
    );
    expect(attempt.questions.find((q) => q.type === 'essay')?.answer?.text).toContain('сұрақтарға жауап беремін');
    expect(attempt.questions.filter((q) => q.answer !== null)).toHaveLength(8);
  });

  it('submits and sees the keys, with the essay waiting for grading', async () => {
    await page.getByRole('button', { name: 'Тестті аяқтау' }).click();
    await page.getByRole('button', { name: 'Иә, аяқтау' }).click();
    await page.getByText(/Эссе оқытушының тексеруін күтуде/).waitFor();
    // Feedback after submit: the right answers show next to the deputy's.
    await page.getByText('Дұрыс жауап').first().waitFor();
    await expectAccessible(page, 'attempt review (kk, phone)');
  });

  it('the instructor grades the essay from the queue and the deputy sees the final result', async () => {
    const studio = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const grader = await studio.newPage();
    await signIn(grader, baseUrl, instructor);
    await grader.goto(`${baseUrl}/studio/grading`);
    await grader
      .getByRole('link', { name: /Нұрлан Қасымов/ })
      .first()
      .waitFor();
    await expectAccessible(grader, 'grading queue');
    await grader
      .getByRole('link', { name: /Нұрлан Қасымов/ })
      .first()
      .click();
    await grader.waitForURL(/\/studio\/attempts\//);
    await grader.getByLabel(/Деректер|Факты/).fill('5');
    await grader.getByLabel(/Диалог/).fill('4');
    await grader.getByRole('button', { name: /Бағаны сақтау|Сохранить оценку/ }).click();
    await grader.getByText(/Баға сақталды|Оценка сохранена/).waitFor();
    await expectAccessible(grader, 'essay grading');
    await studio.close();

    await page.reload();
    await page.getByText('Тест тапсырылды.').waitFor();
    // The pass completes the lesson: the course (its only lesson) is completed.
    const mine = await ok<{ completed: Array<{ course: { id: string } }> }>(
      await page.request.get(`${baseUrl}/api/me/enrolments`),
    );
    expect(mine.completed.map((e) => e.course.id)).toContain(quiz.courseId);
  });
});
