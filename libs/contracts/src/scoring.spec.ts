import type { QuestionContent } from './questions';
import { isAnswerShapeValid, normaliseShortAnswer, scoreAnswer } from './scoring';

const bi = (text: string) => ({ kk: text, ru: text });
const choice = (id: string) => ({ id, text: bi(id) });

describe('normaliseShortAnswer', () => {
  it('ignores case, spacing, surrounding punctuation and look-alike letters', () => {
    expect(normaliseShortAnswer('  Әділет. ')).toBe('әділет');
    expect(normaliseShortAnswer('Əділет')).toBe('әділет');
    expect(normaliseShortAnswer('AКИM')).toBe(normaliseShortAnswer('аким'));
    expect(normaliseShortAnswer('«Бюджет  кодексі»')).toBe('бюджет кодексі');
    expect(normaliseShortAnswer('Отчёт')).toBe('отчет');
  });
});

describe('scoreAnswer', () => {
  const multiple = (partialCredit: 'all_or_nothing' | 'proportional' | 'right_minus_wrong'): QuestionContent => ({
    type: 'multiple_choice',
    options: ['a', 'b', 'c', 'd'].map(choice),
    correctOptionIds: ['a', 'b'],
    partialCredit,
  });

  it('scores single choice, true/false and numeric with tolerance', () => {
    const single: QuestionContent = { type: 'single_choice', options: ['a', 'b'].map(choice), correctOptionId: 'b' };
    expect(scoreAnswer(single, { type: 'single_choice', optionId: 'b' })).toBe(1);
    expect(scoreAnswer(single, { type: 'single_choice', optionId: 'a' })).toBe(0);
    expect(scoreAnswer({ type: 'true_false', correct: false }, { type: 'true_false', value: false })).toBe(1);
    const numeric: QuestionContent = { type: 'numeric', value: 15, tolerance: 0.5, unit: bi('') };
    expect(scoreAnswer(numeric, { type: 'numeric', value: 15.5 })).toBe(1);
    expect(scoreAnswer(numeric, { type: 'numeric', value: 15.6 })).toBe(0);
  });

  it('applies each partial-credit rule to multiple choice', () => {
    const oneRightOneWrong = { type: 'multiple_choice' as const, optionIds: ['a', 'c'] };
    const oneRight = { type: 'multiple_choice' as const, optionIds: ['a'] };
    const all = { type: 'multiple_choice' as const, optionIds: ['b', 'a'] };
    expect(scoreAnswer(multiple('all_or_nothing'), all)).toBe(1);
    expect(scoreAnswer(multiple('all_or_nothing'), oneRight)).toBe(0);
    expect(scoreAnswer(multiple('proportional'), oneRight)).toBe(0.5);
    expect(scoreAnswer(multiple('proportional'), oneRightOneWrong)).toBe(0);
    expect(scoreAnswer(multiple('right_minus_wrong'), oneRightOneWrong)).toBe(0);
    expect(scoreAnswer(multiple('right_minus_wrong'), { type: 'multiple_choice', optionIds: ['a', 'b', 'c'] })).toBe(
      0.5,
    );
  });

  it('gives a share of the points for matching and ordering', () => {
    const matching: QuestionContent = {
      type: 'matching',
      pairs: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, left: bi(id), right: bi(id) })),
    };
    expect(scoreAnswer(matching, { type: 'matching', matches: { p1: 'p1', p2: 'p3', p3: 'p2', p4: 'p4' } })).toBe(0.5);
    const ordering: QuestionContent = { type: 'ordering', items: ['1', '2', '3', '4'].map(choice) };
    expect(scoreAnswer(ordering, { type: 'ordering', order: ['1', '2', '4', '3'] })).toBe(0.5);
  });

  it('accepts a short answer given in either language, and leaves essays to a person', () => {
    const short: QuestionContent = { type: 'short_answer', accepted: { kk: ['Әділет'], ru: ['Адилет'] } };
    expect(scoreAnswer(short, { type: 'short_answer', text: 'адилет' })).toBe(1);
    expect(scoreAnswer(short, { type: 'short_answer', text: ' ӘДІЛЕТ ' })).toBe(1);
    expect(scoreAnswer(short, { type: 'short_answer', text: 'Заң' })).toBe(0);
    expect(scoreAnswer({ type: 'essay', rubric: [] }, { type: 'essay', text: 'План' })).toBeNull();
  });
});

describe('isAnswerShapeValid', () => {
  const single: QuestionContent = { type: 'single_choice', options: ['a', 'b'].map(choice), correctOptionId: 'a' };
  const ordering: QuestionContent = { type: 'ordering', items: ['1', '2'].map(choice) };

  it('accepts answers of the right shape and refuses others', () => {
    expect(isAnswerShapeValid(single, { type: 'single_choice', optionId: 'b' })).toBe(true);
    expect(isAnswerShapeValid(single, { type: 'single_choice', optionId: 'z' })).toBe(false);
    expect(isAnswerShapeValid(single, { type: 'true_false', value: true })).toBe(false);
    expect(isAnswerShapeValid(single, { type: 'single_choice', optionId: 'a', extra: 1 })).toBe(false);
    expect(isAnswerShapeValid(ordering, { type: 'ordering', order: ['2', '1'] })).toBe(true);
    expect(isAnswerShapeValid(ordering, { type: 'ordering', order: ['2', '2'] })).toBe(false);
    expect(
      isAnswerShapeValid(
        { type: 'numeric', value: 1, tolerance: 0, unit: bi('') },
        { type: 'numeric', value: Infinity },
      ),
    ).toBe(false);
    expect(isAnswerShapeValid(single, null)).toBe(false);
  });
});
