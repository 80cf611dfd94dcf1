import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/app';
import { expectAccessible, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const PASSWORD = 'Bilikti-Demo-2026';
/** Works in Russian: the studio's labels below are the Russian ones. */
const instructor = { email: 'instructor@demo.bilikti.kz', password: PASSWORD };
/** A rural akim who works in Kazakh, and whom no other browser test grades. */
const akim = { email: 'akim@demo.bilikti.kz', password: PASSWORD };

interface Bilingual {
  kk: string;
  ru: string;
}
const bi = (kk: string, ru: string): Bilingual => ({ kk, ru });

const course = {
  code: 'E2E-QZA',
  title: bi('Ауыл бюджеті: білімді тексеру', 'Бюджет села: проверка знаний'),
  summary: bi('Ауыл бюджеті туралы қорытынды тест.', 'Итоговый тест о бюджете села.'),
  module: bi('Қорытынды бақылау', 'Итоговый контроль'),
  lesson: bi('Ауыл бюджеті бойынша тест', 'Тест по бюджету села'),
  instructions: bi(
    'Тестте сегіз сұрақ бар. Эссені оқытушы тексереді.',
    'В тесте восемь вопросов. Эссе проверит преподаватель.',
  ),
};

/** The eight prompts; each is the label of its checkbox in the quiz settings and the name of its fieldset in the attempt. */
const prompts = {
  single: bi('Ауыл бюджетін кім бекітеді?', 'Кто утверждает бюджет села?'),
  multiple: bi('Бюджет туралы есепке не кіреді?', 'Что входит в отчёт о бюджете?'),
  trueFalse: bi('Ауыл бюджеті жиналыста талқыланады.', 'Бюджет села обсуждается на сходе.'),
  matching: bi('Органды өкілеттігімен сәйкестендіріңіз', 'Сопоставьте орган и его полномочие'),
  ordering: bi('Бюджет кезеңдерін ретімен қойыңыз', 'Расставьте этапы бюджета по порядку'),
  shortAnswer: bi('Аудандағы өкілді органның атауы', 'Название представительного органа района'),
  numeric: bi('Бюджеттің 2 %-ы 1 000 млн теңгенің қаншасы?', 'Сколько составляют 2 % от 1 000 млн тенге?'),
  essay: bi('Тұрғындармен кездесуді қалай өткізесіз?', 'Как вы проведёте встречу с жителями?'),
};

/** Fills a text in both languages: the studio labels each input "<base> (на казахском)" and "… (на русском)". */
async function fillBoth(scope: Page | Locator, base: string, text: Bilingual) {
  await scope.getByLabel(`${base} (на казахском)`, { exact: true }).fill(text.kk);
  await scope.getByLabel(`${base} (на русском)`, { exact: true }).fill(text.ru);
}

describe('an instructor builds a quiz of every question type in both languages in the studio; a learner takes it', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const baseUrl = inject('baseUrl');
  let editorUrl = '';
  let lessonUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    // The editors' "leave with unsaved changes?" confirm is not expected anywhere in this flow.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the editor for a new question of a type, from the bank's list. */
  async function newQuestion(type: string) {
    await page.getByRole('button', { name: 'Новый вопрос' }).click();
    await page.getByRole('button', { name: type, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Новый вопрос' }).waitFor();
  }

  /** The prompt and the explanation in both languages, and the points. */
  async function fillCommon(prompt: Bilingual, explanation: Bilingual, points: string) {
    await fillBoth(page, 'Текст вопроса', prompt);
    await fillBoth(page, 'Пояснение', explanation);
    await page.getByLabel('Баллы', { exact: true }).fill(points);
  }

  /** Saves a new question and waits for it in the bank's list, complete in both languages. */
  async function saveQuestion(prompt: Bilingual) {
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Вопрос добавлен в банк.').waitFor();
    const card = page.getByRole('list', { name: 'Вопросы' }).getByRole('listitem').filter({ hasText: prompt.ru });
    await card.getByText('Заполнен на казахском и русском').waitFor();
  }

  it('creates the course, its module and an assessment lesson in the studio', async () => {
    await signIn(page, baseUrl, instructor);
    await page.goto(`${baseUrl}/studio/new`);
    await page.getByLabel('Код курса').fill(course.code);
    await fillBoth(page, 'Название', course.title);
    await page.getByLabel('Депутаты и сельские акимы').check();
    await page.getByLabel('Академические часы').fill('2');
    await expectAccessible(page, 'new course form');
    await page.getByRole('button', { name: 'Создать курс' }).click();
    await page.waitForURL(/\/studio\/courses\/[0-9a-f-]{36}$/);
    editorUrl = page.url();

    await fillBoth(page, 'Краткое описание', course.summary);
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Изменения сохранены.').waitFor();

    await page.locator('summary', { hasText: 'Добавить модуль' }).click();
    const moduleForm = page.locator('details[open]');
    await fillBoth(moduleForm, 'Название модуля', course.module);
    await moduleForm.getByRole('button', { name: 'Добавить модуль' }).click();
    await page.getByText(`Модуль «${course.module.ru}» добавлен.`).waitFor();

    await page.locator('summary', { hasText: 'Добавить урок' }).first().click();
    const lessonForm = page.locator('details[open]');
    await lessonForm.getByLabel('Тип урока').selectOption({ label: 'Проверка знаний' });
    await fillBoth(lessonForm, 'Название урока', course.lesson);
    await lessonForm.getByRole('button', { name: 'Добавить урок' }).click();
    await page.getByText(`Урок «${course.lesson.ru}» добавлен.`).waitFor();
    await expectAccessible(page, 'course editor with the assessment lesson');
    await page.getByRole('link', { name: course.lesson.ru }).first().click();
    await page.getByRole('heading', { level: 1, name: course.lesson.ru }).waitFor();
    lessonUrl = page.url();
    await page.getByText('Тест ещё не настроен: выберите вопросы и сохраните.').waitFor();
    await page.getByText('В банке пока нет вопросов. Сначала добавьте их в банк вопросов.').waitFor();

    // The lesson's quiz settings lead to the course's question bank.
    await page.getByRole('link', { name: 'Открыть банк вопросов' }).click();
    await page.getByRole('heading', { level: 1, name: 'Банк вопросов' }).waitFor();
    await page.getByText('В банке пока нет вопросов. Добавьте первый.').waitFor();
    await expectAccessible(page, 'empty question bank');
  });

  it('writes a single-choice question and checks it in the learner-view preview in Kazakh', async () => {
    await page.getByRole('button', { name: 'Новый вопрос' }).click();
    await page.getByRole('heading', { level: 2, name: 'Выберите тип вопроса' }).waitFor();
    await expectAccessible(page, 'question type chooser');
    await page.getByRole('button', { name: 'Один верный ответ', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Новый вопрос' }).waitFor();

    await fillCommon(prompts.single, bi('Бюджетті мәслихат бекітеді.', 'Бюджет утверждает маслихат.'), '1');
    await fillBoth(page, 'Вариант 1', bi('Мәслихат', 'Маслихат'));
    await fillBoth(page, 'Вариант 2', bi('Облыс әкімі', 'Аким области'));
    await page.getByLabel('Вариант 1 — верный ответ').check();

    const preview = page.getByRole('region', { name: 'Как увидит слушатель' });
    await preview.getByRole('radio', { name: 'Қазақша' }).check();
    const showKey = preview.getByRole('button', { name: 'Показать верные ответы' });
    await showKey.click();
    expect(await showKey.getAttribute('aria-pressed')).toBe('true');
    // The learner's language throughout: the Kazakh prompt, options, key mark and explanation.
    await preview.getByRole('group', { name: prompts.single.kk }).waitFor();
    await preview.getByRole('radio', { name: /^Мәслихат Дұрыс жауап$/ }).waitFor();
    await preview.getByRole('radio', { name: 'Облыс әкімі', exact: true }).waitFor();
    await preview.getByText('Бюджетті мәслихат бекітеді.').waitFor();
    await expectAccessible(page, 'question editor with the preview and its key');

    await saveQuestion(prompts.single);
    await expectAccessible(page, 'question bank with one question');
  });

  it('writes a multiple-choice question with partial credit by share of right options', async () => {
    await newQuestion('Несколько верных ответов');
    await fillCommon(
      prompts.multiple,
      bi('Есепте бюджеттің орындалуы мен өтініштер болады.', 'В отчёте — исполнение бюджета и обращения.'),
      '2',
    );
    await fillBoth(page, 'Вариант 1', bi('Бюджеттің орындалуы', 'Исполнение бюджета'));
    await fillBoth(page, 'Вариант 2', bi('Тұрғындардың өтініштері', 'Обращения жителей'));
    await page.getByRole('button', { name: 'Добавить вариант' }).click();
    await fillBoth(page, 'Вариант 3', bi('Ауа райы болжамы', 'Прогноз погоды'));
    await page.getByLabel('Вариант 1 — верный ответ').check();
    await page.getByLabel('Вариант 2 — верный ответ').check();
    const rule = page.getByLabel('Оценка частично верного ответа');
    await rule.selectOption({ label: 'По доле выбранных верных' });
    await page
      .getByText('Балл начисляется по доле выбранных верных вариантов; неверный выбор ничего не даёт.')
      .waitFor();
    await saveQuestion(prompts.multiple);
  });

  it('writes a true/false question', async () => {
    await newQuestion('Верно / неверно');
    await fillCommon(prompts.trueFalse, bi('Жиналыс бюджетті талқылайды.', 'Сход обсуждает бюджет.'), '1');
    await page.getByRole('group', { name: 'Верный ответ' }).getByLabel('Утверждение верно').check();
    await saveQuestion(prompts.trueFalse);
  });

  it('writes a matching question', async () => {
    await newQuestion('Сопоставление');
    await fillCommon(
      prompts.matching,
      bi('Мәслихат бекітеді, әкім атқарады.', 'Маслихат утверждает, аким исполняет.'),
      '2',
    );
    await fillBoth(page, 'Пара 1, слева', bi('Мәслихат', 'Маслихат'));
    await fillBoth(page, 'Пара 1, справа', bi('Бюджетті бекітеді', 'Утверждает бюджет'));
    await fillBoth(page, 'Пара 2, слева', bi('Әкім', 'Аким'));
    await fillBoth(page, 'Пара 2, справа', bi('Бюджетті атқарады', 'Исполняет бюджет'));
    await saveQuestion(prompts.matching);
  });

  it('writes an ordering question of three items', async () => {
    await newQuestion('Упорядочивание');
    await fillCommon(
      prompts.ordering,
      bi('Алдымен жоба, содан кейін тыңдау мен бекіту.', 'Сначала проект, затем слушания и утверждение.'),
      '1',
    );
    await page.getByRole('button', { name: 'Добавить элемент' }).click();
    await fillBoth(page, 'Элемент 1', bi('Жоба', 'Проект'));
    await fillBoth(page, 'Элемент 2', bi('Тыңдау', 'Слушания'));
    await fillBoth(page, 'Элемент 3', bi('Бекіту', 'Утверждение'));
    await saveQuestion(prompts.ordering);
  });

  it('writes a short-answer question with accepted answers per language', async () => {
    await newQuestion('Краткий ответ');
    await fillCommon(prompts.shortAnswer, bi('Бұл — аудандық мәслихат.', 'Это районный маслихат.'), '1');
    await fillBoth(page, 'Принимаемые ответы', bi('Мәслихат\nАудандық мәслихат', 'Маслихат\nРайонный маслихат'));
    await saveQuestion(prompts.shortAnswer);
  });

  it('writes a numeric question with a tolerance and a unit', async () => {
    await newQuestion('Числовой ответ');
    await fillCommon(prompts.numeric, bi('1 000 × 0,02 = 20.', '1 000 × 0,02 = 20.'), '1');
    await page.getByLabel('Верный ответ', { exact: true }).fill('20');
    await page.getByLabel('Допустимое отклонение').fill('0,5');
    await fillBoth(page, 'Единица измерения', bi('млн теңге', 'млн тенге'));
    await saveQuestion(prompts.numeric);
  });

  it('writes an essay question with a rubric of two criteria', async () => {
    await newQuestion('Эссе');
    await fillCommon(
      prompts.essay,
      bi('Деректерді айтып, тұрғындарды тыңдаңыз.', 'Приведите факты и выслушайте жителей.'),
      '4',
    );
    await fillBoth(page, 'Критерий 1', bi('Деректер', 'Факты'));
    await page.getByLabel('Наибольший балл по критерию 1').fill('5');
    await page.getByRole('button', { name: 'Добавить критерий' }).click();
    await fillBoth(page, 'Критерий 2', bi('Диалог', 'Диалог'));
    await page.getByLabel('Наибольший балл по критерию 2').fill('5');
    const preview = page.getByRole('region', { name: 'Как увидит слушатель' });
    await preview.getByRole('button', { name: 'Показать верные ответы' }).click();
    await preview.getByText('Критерии оценки:').waitFor();
    await expectAccessible(page, 'essay editor with its rubric');
    await saveQuestion(prompts.essay);

    await expect
      .poll(() => page.getByRole('list', { name: 'Вопросы' }).getByText('Заполнен на казахском и русском').count())
      .toBe(8);
    await page.getByText('Найдено 8 вопросов').waitFor();
  });

  it('sets up the quiz through the lesson form: all eight questions, pass mark, attempts and feedback', async () => {
    await page.goto(lessonUrl);
    await page.getByRole('heading', { level: 1, name: course.lesson.ru }).waitFor();
    await page.getByRole('textbox', { name: 'Инструкция (на казахском)' }).fill(course.instructions.kk);
    await page.getByRole('textbox', { name: 'Инструкция (на русском)' }).fill(course.instructions.ru);

    const quiz = page.getByRole('region', { name: 'Настройки теста' });
    await quiz.getByLabel('Конкретные вопросы из банка').check();
    const bank = quiz.getByRole('group', { name: 'Вопросы из банка' });
    for (const prompt of Object.values(prompts)) await bank.getByLabel(prompt.ru, { exact: true }).check();
    await quiz.getByText('Выбрано вопросов: 8').waitFor();
    await quiz.getByLabel('Ограничение времени, минут').fill('20');
    await quiz.getByLabel('Число попыток').fill('2');
    await quiz.getByLabel('Проходной балл, %').fill('50');
    await quiz.getByLabel('Сразу после отправки').check();
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Изменения сохранены.').waitFor();
    await expect.poll(() => page.getByText('Тест ещё не настроен: выберите вопросы и сохраните.').count()).toBe(0);
    // With the rich-text toolbars loaded (they arrive lazily) and the chosen questions listed in order.
    await page.getByRole('toolbar', { name: 'Форматирование: Инструкция (на русском)' }).waitFor();
    await expectAccessible(page, 'assessment lesson editor with its quiz settings');
  });

  it('shows the course complete in both languages and publishes it', async () => {
    await page.goto(editorUrl);
    await page.getByText('Курс заполнен на обоих языках. Его можно публиковать.').waitFor();
    await page.getByRole('button', { name: 'Опубликовать' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Что изменилось (на казахском)').fill('Сегіз сұрақтан тұратын тест');
    await dialog.getByLabel('Что изменилось (на русском)').fill('Тест из восьми вопросов');
    await dialog.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText('Опубликована версия 1.').waitFor();
    await expectAccessible(page, 'publish dialog, published');
  });

  it('a learner enrols, takes the quiz in Kazakh, submits, and sees the essay awaiting grading', async () => {
    const learnerContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'kk-KZ',
      bypassCSP: true,
    });
    const learner = await learnerContext.newPage();
    try {
      await signIn(learner, baseUrl, akim);
      await learner.goto(editorUrl.replace('/studio/courses/', '/courses/'));
      await learner.getByRole('heading', { level: 1, name: course.title.kk }).waitFor();
      await expectAccessible(learner, 'course page before enrolment (kk)');
      await learner.getByRole('button', { name: 'Курсқа жазылу' }).click();
      // The new enrolment opens the course's first lesson: the quiz, with the rules set in the studio.
      await learner.waitForURL(/\/lessons\//);
      await learner.getByText(course.instructions.kk).waitFor();
      const rules = (term: string) =>
        learner.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
      expect(await rules('Сұрақтар саны').textContent()).toBe('8');
      expect(await rules('Өту шегі').textContent()).toBe('50 %');
      expect(await rules('Талпыныстар').textContent()).toBe('2 талпыныстан 0 пайдаланылды');
      expect(await rules('Дұрыс жауаптар').textContent()).toBe('Талпынысты аяқтағаннан кейін бірден көрсетіледі');
      await expectAccessible(learner, 'quiz lesson (kk)');

      await learner.getByRole('button', { name: 'Тестті бастау' }).click();
      await learner.waitForURL(/\/attempts\//);
      await learner.getByLabel('Барлығы бір бетте').check();
      const question = (prompt: Bilingual) => learner.getByRole('group', { name: prompt.kk });
      await question(prompts.single).getByLabel('Мәслихат').check();
      // One of the two right options: half the points under the proportional rule.
      await question(prompts.multiple).getByLabel('Бюджеттің орындалуы').check();
      await question(prompts.trueFalse).getByLabel('Дұрыс').check();
      await question(prompts.shortAnswer).getByRole('textbox').fill('аудандық МӘСЛИХАТ');
      // Within the tolerance of ±0,5.
      await question(prompts.numeric).getByRole('textbox').fill('20,3');
      await question(prompts.essay)
        .getByRole('textbox')
        .fill('Бюджеттің орындалуы туралы айтып, тұрғындардың сұрақтарына жауап беремін.');
      await learner.getByText('Барлық жауап сақталды').first().waitFor({ timeout: 15_000 });
      await expectAccessible(learner, 'attempt, all questions on one page (kk)');

      await learner.getByRole('button', { name: 'Тестті аяқтау' }).click();
      await learner.getByText('2 сұрақ жауапсыз қалды.').waitFor();
      await learner.getByRole('button', { name: 'Иә, аяқтау' }).click();
      await learner.getByText(/Эссе оқытушының тексеруін күтуде/).waitFor();
      const review = (prompt: Bilingual) => learner.getByRole('article').filter({ hasText: prompt.kk });
      await review(prompts.essay).getByText('Оқытушының бағалауын күтуде').waitFor();
      await review(prompts.multiple).getByText('Ішінара дұрыс').waitFor();
      await review(prompts.multiple).getByText('2 баллдан 1').waitFor();
      await review(prompts.numeric).getByText('Дұрыс', { exact: true }).waitFor();
      await review(prompts.shortAnswer).getByText('Дұрыс', { exact: true }).waitFor();
      // Feedback after submit: the keys and the explanations written in the studio.
      await review(prompts.single).getByText('Бюджетті мәслихат бекітеді.').waitFor();
      await expectAccessible(learner, 'attempt result (kk)');
    } finally {
      await learnerContext.close();
    }
  });
});
