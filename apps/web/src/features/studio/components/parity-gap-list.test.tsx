import type { Locale, ParityGap } from '@bilikti/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, buildLesson, buildModule } from '../test/studio-fixtures';
import { ParityGapList } from './parity-gap-list';

const draft = buildDraft({
  modules: [
    buildModule({
      lessons: [
        buildLesson({ id: 'l-quiz', type: 'assessment', title: { kk: 'Қорытынды тест', ru: 'Итоговый тест' } }),
      ],
    }),
  ],
});

const gaps: ParityGap[] = [
  { entity: 'lesson', id: 'l-quiz', field: 'quiz', locale: null, reason: 'missing' },
  { entity: 'lesson', id: 'l-quiz', field: 'quiz', locale: 'ru', reason: 'missing' },
  {
    entity: 'lesson',
    id: 'l-quiz',
    field: 'quiz',
    locale: null,
    reason: 'poolTooSmall',
    params: { tag: 'бюджет', count: 5, available: 3 },
  },
];

function renderGaps(locale: Locale) {
  mockApi({});
  renderStudioPage(
    '/studio/courses/c-1',
    { '/studio/courses/:courseId': <ParityGapList gaps={gaps} draft={draft} /> },
    { locale },
  );
}

describe('parity gaps of a quiz', () => {
  it('names a quiz not set up, its incomplete questions and a too small pool, in Kazakh', () => {
    renderGaps('kk');

    expect(screen.getByRole('link', { name: '«Қорытынды тест» тесті бапталмаған' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/lessons/l-quiz',
    );
    expect(screen.getByRole('region', { name: 'Орыс тілінде жетіспейді (1)' })).toHaveTextContent(
      '«Қорытынды тест» тестінің сұрақтары толық емес',
    );
    expect(
      screen.getByRole('link', { name: '«Қорытынды тест» тесті, «бюджет» тегі: 5 сұрақ алынады, банкте 3' }),
    ).toBeInTheDocument();
  });

  it('names the same gaps in Russian', () => {
    renderGaps('ru');

    expect(screen.getByRole('link', { name: 'Тест «Итоговый тест» не настроен' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Не хватает на русском (1)' })).toHaveTextContent(
      'Вопросы теста «Итоговый тест» заполнены не полностью',
    );
    expect(
      screen.getByRole('link', { name: 'Тест «Итоговый тест», тег «бюджет»: берётся 5, в банке 3' }),
    ).toBeInTheDocument();
  });
});
