import type { Page, QuestionResponse } from '@bilikti/contracts';

export function buildQuestion(overrides: Partial<QuestionResponse> = {}): QuestionResponse {
  return {
    id: 'q-1',
    courseId: 'c-1',
    type: 'single_choice',
    prompt: { kk: 'Ауыл бюджетін кім бекітеді?', ru: 'Кто утверждает бюджет села?' },
    explanation: { kk: 'Бюджетті мәслихат бекітеді.', ru: 'Бюджет утверждает маслихат.' },
    points: 2,
    tags: ['бюджет'],
    competencyCodes: ['BUDGET-1'],
    content: {
      type: 'single_choice',
      options: [
        { id: 'opt-a', text: { kk: 'Әкім', ru: 'Аким' } },
        { id: 'opt-b', text: { kk: 'Мәслихат', ru: 'Маслихат' } },
      ],
      correctOptionId: 'opt-b',
    },
    complete: { kk: true, ru: true },
    version: 4,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...overrides,
  };
}

export function pageOf<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}
