import type { AttemptQuestion } from '@bilikti/contracts';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { createI18n } from '../../../lib/i18n';
import { buildQuestions } from '../test/assessment-fixtures';
import { QuestionReview } from './question-review';

const essay = buildQuestions()[7]!;

function renderReview(question: AttemptQuestion, uiLocale: 'kk' | 'ru' = 'kk') {
  return render(
    <I18nextProvider i18n={createI18n(uiLocale)}>
      <QuestionReview question={question} contentLocale="kk" />
    </I18nextProvider>,
  );
}

describe('question review', () => {
  it('shows an unanswered question without feedback as its prompt, its points and "no answer"', () => {
    renderReview(essay);

    const article = screen.getByRole('article', { name: '8-сұрақ' });
    expect(article).toHaveTextContent('Бюджет тыңдауын сипаттаңыз.');
    expect(within(article).getByText('10 балл')).toBeInTheDocument();
    expect(within(article).getByText('Жауап берілмеген')).toBeInTheDocument();
    expect(within(article).queryByText('Критерийлер бойынша баға')).toBeNull();
  });

  it('shows a graded essay with its points per criterion and the grader’s comment', () => {
    renderReview(
      {
        ...essay,
        answer: { type: 'essay', text: 'Тыңдау ашық өтеді.' },
        feedback: {
          score: 6,
          key: { type: 'essay', rubric: essay.view.type === 'essay' ? essay.view.rubric : [] },
          explanation: { kk: 'Заң бойынша тыңдау міндетті.', ru: 'По закону слушания обязательны.' },
          rubricScores: { 'c-facts': 4, 'c-clarity': 2 },
          comment: 'Мерзімдерді қосыңыз.',
        },
      },
      'ru',
    );

    const article = screen.getByRole('article', { name: 'Вопрос 8' });
    expect(within(article).getByText('6 из 10 баллов')).toBeInTheDocument();
    expect(within(article).getByText('Тыңдау ашық өтеді.')).toBeInTheDocument();
    expect(
      within(article)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Дәлелдер4 из 6 баллов', 'Анықтық2 из 4 баллов']);
    expect(within(article).getByText('Дәлелдер')).toHaveAttribute('lang', 'kk');
    expect(within(article).getByText('Мерзімдерді қосыңыз.')).toBeInTheDocument();
    expect(within(article).getByText('Заң бойынша тыңдау міндетті.')).toHaveAttribute('lang', 'kk');
  });
});
