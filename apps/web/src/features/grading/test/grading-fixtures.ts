import type {
  AttemptQuestion,
  AttemptResponse,
  AttemptSummary,
  GradingQueueItem,
  ItemStatistic,
  Page,
} from '@bilikti/contracts';

export function pageOf<T>(items: T[], total = items.length, page = 1): Page<T> {
  return { items, total, page, pageSize: 20 };
}

export const learner = {
  id: 'u-learner',
  fullName: 'Айгүл Серікқызы Нұрланова',
  regionCode: 'KZ-AKM',
  position: 'maslikhat_deputy',
} as const satisfies AttemptSummary['learner'];

export function buildSummary(overrides: Partial<AttemptSummary> = {}): AttemptSummary {
  return {
    id: 'a-1',
    lessonId: 'l-1',
    number: 1,
    status: 'graded',
    closedBy: 'submitted',
    startedAt: '2026-03-02T05:00:00.000Z',
    deadlineAt: null,
    closedAt: '2026-03-02T05:40:00.000Z',
    questionCount: 10,
    answeredCount: 10,
    pendingCount: 0,
    result: { score: 7.5, maxScore: 10, percent: 75, passPercent: 60, passed: true },
    learner: { ...learner },
    ...overrides,
  };
}

export function buildItem(overrides: Partial<ItemStatistic> = {}): ItemStatistic {
  return {
    questionId: 'q-1',
    type: 'single_choice',
    prompt: { kk: 'Ауыл бюджетін кім бекітеді?', ru: 'Кто утверждает бюджет села?' },
    points: 1,
    responses: 24,
    facility: 0.62,
    discrimination: 0.41,
    ...overrides,
  };
}

export function buildQueueItem(overrides: Partial<GradingQueueItem> = {}): GradingQueueItem {
  return {
    attemptId: 'a-7',
    courseId: 'c-1',
    courseTitle: { kk: 'Ауыл бюджеті', ru: 'Бюджет села' },
    lessonId: 'l-1',
    lessonTitle: { kk: 'Қорытынды тест', ru: 'Итоговый тест' },
    learner: { ...learner },
    number: 2,
    closedAt: '2026-03-01T09:15:00.000Z',
    pendingCount: 1,
    ...overrides,
  };
}

export const choiceQuestion: AttemptQuestion = {
  questionId: 'q-choice',
  position: 1,
  type: 'single_choice',
  prompt: { kk: 'Ауыл бюджетін кім бекітеді?', ru: 'Кто утверждает бюджет села?' },
  points: 2,
  view: {
    type: 'single_choice',
    options: [
      { id: 'o1', text: { kk: 'Әкім', ru: 'Аким' } },
      { id: 'o2', text: { kk: 'Мәслихат', ru: 'Маслихат' } },
    ],
  },
  answer: { type: 'single_choice', optionId: 'o2' },
  revision: 1,
  answeredAt: '2026-03-02T05:10:00.000Z',
  feedback: {
    score: 2,
    key: {
      type: 'single_choice',
      options: [
        { id: 'o1', text: { kk: 'Әкім', ru: 'Аким' } },
        { id: 'o2', text: { kk: 'Мәслихат', ru: 'Маслихат' } },
      ],
      correctOptionId: 'o2',
    },
    explanation: { kk: '', ru: '' },
    rubricScores: null,
    comment: null,
  },
};

const rubric = [
  { id: 'r-arg', criterion: { kk: 'Дәлелдердің негізділігі', ru: 'Обоснованность доводов' }, maxPoints: 5 },
  { id: 'r-law', criterion: { kk: 'Заңға сілтеме', ru: 'Ссылки на закон' }, maxPoints: 3 },
];

export function buildEssay(overrides: Partial<AttemptQuestion> = {}): AttemptQuestion {
  return {
    questionId: 'q-essay',
    position: 2,
    type: 'essay',
    prompt: {
      kk: 'Жергілікті бюджетті талқылау тәртібін сипаттаңыз.',
      ru: 'Опишите порядок обсуждения местного бюджета.',
    },
    points: 8,
    view: { type: 'essay', rubric },
    answer: { type: 'essay', text: 'Бюджет жобасы алдымен тұрғындармен талқыланады…' },
    revision: 3,
    answeredAt: '2026-03-02T05:30:00.000Z',
    feedback: {
      score: null,
      key: { type: 'essay', rubric },
      explanation: { kk: '', ru: '' },
      rubricScores: null,
      comment: null,
    },
    ...overrides,
  };
}

export function buildAttempt(overrides: Partial<AttemptResponse> = {}): AttemptResponse {
  return {
    ...buildSummary({
      id: 'a-7',
      number: 2,
      status: 'pending_grading',
      pendingCount: 1,
      result: { score: 2, maxScore: 10, percent: 20, passPercent: 60, passed: null },
    }),
    courseId: 'c-1',
    lessonTitle: { kk: 'Қорытынды тест', ru: 'Итоговый тест' },
    serverNow: '2026-03-03T08:00:00.000Z',
    feedbackPolicy: 'after_submit',
    feedbackReleased: true,
    feedbackAt: null,
    questions: [choiceQuestion, buildEssay()],
    ...overrides,
  };
}
