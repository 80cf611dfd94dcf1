import type { QuestionContent, QuizSettings } from '@bilikti/contracts';
import { drawQuestions, type DrawnQuestion, presentationFor } from './attempt-draw';

const text = (s: string) => ({ kk: s, ru: s });
const question = (id: string, tags: string[]): DrawnQuestion => ({
  id,
  tags,
  points: 1,
  prompt: text(id),
  explanation: text(''),
  content: { type: 'true_false', correct: true },
});
const quiz = (overrides: Partial<QuizSettings>): QuizSettings => ({
  mode: 'fixed',
  questionIds: [],
  pools: [],
  shuffleQuestions: false,
  shuffleOptions: false,
  timeLimitMinutes: null,
  maxAttempts: null,
  passPercent: 50,
  availableFrom: null,
  availableUntil: null,
  feedback: 'after_submit',
  ...overrides,
});

describe('drawing an attempt’s questions', () => {
  const bank = [
    question('a', ['law']),
    question('b', ['law', 'budget']),
    question('c', ['budget']),
    question('d', ['law']),
  ];

  it('asks a fixed quiz’s questions still in the bank, in the authored order', () => {
    const drawn = drawQuestions(quiz({ questionIds: ['d', 'gone', 'a'] }), bank, () => true);
    expect(drawn.map((q) => q.id)).toEqual(['d', 'a']);
  });

  it('draws each pool’s count without asking a question twice, from complete questions only', () => {
    for (let run = 0; run < 50; run++) {
      const drawn = drawQuestions(
        quiz({
          mode: 'pools',
          pools: [
            { tag: 'budget', count: 2 },
            { tag: 'law', count: 2 },
          ],
        }),
        bank,
        (q) => q.id !== 'a',
      );
      const ids = drawn.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain('a');
      expect(ids.slice(0, 2).sort()).toEqual(['b', 'c']);
      expect(ids.slice(2)).toEqual(['d']);
    }
  });

  it('shuffles the questions when asked, keeping every one', () => {
    const many = Array.from({ length: 20 }, (_, i) => question(`q${i}`, []));
    const drawn = drawQuestions(quiz({ questionIds: many.map((q) => q.id), shuffleQuestions: true }), many, () => true);
    expect(drawn.map((q) => q.id).sort()).toEqual(many.map((q) => q.id).sort());
    expect(drawn.map((q) => q.id)).not.toEqual(many.map((q) => q.id));
  });
});

describe('the order a question’s parts are shown in', () => {
  const ordering: QuestionContent = {
    type: 'ordering',
    items: [
      { id: 'i1', text: text('1') },
      { id: 'i2', text: text('2') },
    ],
  };

  it('never shows an ordering question in its right order', () => {
    for (let run = 0; run < 50; run++) expect(presentationFor(ordering, false).order).toEqual(['i2', 'i1']);
  });

  it('keeps choice options as written unless shuffling is on', () => {
    const choice: QuestionContent = {
      type: 'single_choice',
      options: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, text: text(id) })),
      correctOptionId: 'a',
    };
    expect(presentationFor(choice, false).order).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const orders = new Set(Array.from({ length: 20 }, () => presentationFor(choice, true).order.join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});
