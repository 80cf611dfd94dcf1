import type { AttemptQuestion, AttemptResponse, AttemptSummary, QuizOverviewResponse } from '@bilikti/contracts';

type QuestionOverrides = Partial<AttemptQuestion>;

const base = (overrides: QuestionOverrides & Pick<AttemptQuestion, 'questionId' | 'position' | 'type' | 'view'>) =>
  ({
    prompt: { kk: '', ru: '' },
    points: 1,
    answer: null,
    revision: 0,
    answeredAt: null,
    feedback: null,
    ...overrides,
  }) as AttemptQuestion;

/** One question of each type, in the attempt's order. */
export function buildQuestions(): AttemptQuestion[] {
  return [
    base({
      questionId: 'q-single',
      position: 1,
      type: 'single_choice',
      prompt: { kk: 'Аудан бюджетін кім бекітеді?', ru: 'Кто утверждает бюджет района?' },
      view: {
        type: 'single_choice',
        options: [
          { id: 'o-maslikhat', text: { kk: 'Аудандық мәслихат', ru: 'Районный маслихат' } },
          { id: 'o-akim', text: { kk: 'Аудан әкімі', ru: 'Аким района' } },
        ],
      },
    }),
    base({
      questionId: 'q-multi',
      position: 2,
      type: 'multiple_choice',
      points: 2,
      prompt: { kk: 'Бюджет кірістері қайсы?', ru: 'Что относится к доходам бюджета?' },
      view: {
        type: 'multiple_choice',
        choose: 2,
        options: [
          { id: 'o-tax', text: { kk: 'Салықтар', ru: 'Налоги' } },
          { id: 'o-salary', text: { kk: 'Жалақы', ru: 'Зарплата учителей' } },
          { id: 'o-transfer', text: { kk: 'Трансферттер', ru: 'Трансферты' } },
        ],
      },
    }),
    base({
      questionId: 'q-tf',
      position: 3,
      type: 'true_false',
      prompt: { kk: 'Мәслихат сессиясы ашық өтеді.', ru: 'Сессия маслихата проходит открыто.' },
      view: { type: 'true_false' },
    }),
    base({
      questionId: 'q-match',
      position: 4,
      type: 'matching',
      prompt: { kk: 'Сәйкестендіріңіз.', ru: 'Сопоставьте.' },
      view: {
        type: 'matching',
        left: [
          { id: 'p-income', text: { kk: 'Кіріс', ru: 'Доход' } },
          { id: 'p-spend', text: { kk: 'Шығыс', ru: 'Расход' } },
        ],
        right: [
          { id: 'p-spend', text: { kk: 'Жол жөндеу', ru: 'Ремонт дорог' } },
          { id: 'p-income', text: { kk: 'Жер салығы', ru: 'Земельный налог' } },
        ],
      },
    }),
    base({
      questionId: 'q-order',
      position: 5,
      type: 'ordering',
      prompt: { kk: 'Бюджет кезеңдерін ретке келтіріңіз.', ru: 'Расставьте этапы бюджета по порядку.' },
      view: {
        type: 'ordering',
        items: [
          { id: 'i-approve', text: { kk: 'Бекіту', ru: 'Утверждение' } },
          { id: 'i-plan', text: { kk: 'Жоспарлау', ru: 'Планирование' } },
          { id: 'i-report', text: { kk: 'Есеп беру', ru: 'Отчёт' } },
        ],
      },
    }),
    base({
      questionId: 'q-short',
      position: 6,
      type: 'short_answer',
      prompt: { kk: 'Жергілікті өкілді орган қалай аталады?', ru: 'Как называется местный представительный орган?' },
      view: { type: 'short_answer' },
    }),
    base({
      questionId: 'q-number',
      position: 7,
      type: 'numeric',
      prompt: { kk: 'Ауылдың бюджеті қанша?', ru: 'Каков бюджет села?' },
      view: { type: 'numeric', unit: { kk: 'млн теңге', ru: 'млн тенге' } },
    }),
    base({
      questionId: 'q-essay',
      position: 8,
      type: 'essay',
      points: 10,
      prompt: { kk: 'Бюджет тыңдауын сипаттаңыз.', ru: 'Опишите публичные слушания по бюджету.' },
      view: {
        type: 'essay',
        rubric: [
          { id: 'c-facts', criterion: { kk: 'Дәлелдер', ru: 'Аргументы' }, maxPoints: 6 },
          { id: 'c-clarity', criterion: { kk: 'Анықтық', ru: 'Ясность' }, maxPoints: 4 },
        ],
      },
    }),
  ];
}

/** An attempt in progress with 30 minutes left by the server's clock at `now`. */
export function buildAttempt(overrides: Partial<AttemptResponse> = {}, now = new Date()): AttemptResponse {
  const questions = overrides.questions ?? buildQuestions();
  return {
    id: 'a-1',
    lessonId: 'l-test',
    courseId: 'c-budget',
    number: 1,
    status: 'in_progress',
    closedBy: null,
    startedAt: new Date(now.getTime() - 60_000).toISOString(),
    deadlineAt: new Date(now.getTime() + 30 * 60_000).toISOString(),
    closedAt: null,
    questionCount: questions.length,
    answeredCount: 0,
    pendingCount: 0,
    result: null,
    lessonTitle: { kk: 'Қорытынды тест', ru: 'Итоговый тест' },
    serverNow: now.toISOString(),
    feedbackPolicy: 'after_submit',
    feedbackReleased: false,
    feedbackAt: null,
    questions,
    ...overrides,
  };
}

export function buildSummary(overrides: Partial<AttemptSummary> = {}): AttemptSummary {
  return {
    id: 'a-1',
    lessonId: 'l-test',
    number: 1,
    status: 'graded',
    closedBy: 'submitted',
    startedAt: new Date(2026, 2, 2, 10, 0).toISOString(),
    deadlineAt: null,
    closedAt: new Date(2026, 2, 2, 10, 25).toISOString(),
    questionCount: 8,
    answeredCount: 8,
    pendingCount: 0,
    result: { score: 6, maxScore: 10, percent: 60, passPercent: 70, passed: false },
    ...overrides,
  };
}

export function buildQuiz(overrides: Partial<QuizOverviewResponse> = {}): QuizOverviewResponse {
  return {
    lessonId: 'l-test',
    courseId: 'c-budget',
    enrolmentId: 'e-budget',
    questionCount: 8,
    timeLimitMinutes: 30,
    maxAttempts: 3,
    passPercent: 70,
    availableFrom: null,
    availableUntil: null,
    feedbackPolicy: 'after_submit',
    attempts: [],
    openAttemptId: null,
    blocker: null,
    bestPercent: null,
    passed: false,
    serverNow: new Date().toISOString(),
    ...overrides,
  };
}
