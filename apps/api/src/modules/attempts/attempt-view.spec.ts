import type { QuestionContent } from '@bilikti/contracts';
import { feedbackReleased, questionView, scorePercent, shownAnswer, storedAnswer } from './attempt-view';

const text = (s: string) => ({ kk: s, ru: s });

describe('what the learner sees of a question while answering', () => {
  const keys: QuestionContent[] = [
    {
      type: 'single_choice',
      options: [
        { id: 'a', text: text('A') },
        { id: 'b', text: text('B') },
      ],
      correctOptionId: 'b',
    },
    {
      type: 'multiple_choice',
      options: [
        { id: 'a', text: text('A') },
        { id: 'b', text: text('B') },
      ],
      correctOptionIds: ['a'],
      partialCredit: 'proportional',
    },
    { type: 'true_false', correct: false },
    {
      type: 'matching',
      pairs: [
        { id: 'p1', left: text('L1'), right: text('R1') },
        { id: 'p2', left: text('L2'), right: text('R2') },
      ],
    },
    { type: 'short_answer', accepted: { kk: ['жауап'], ru: ['ответ'] } },
    { type: 'numeric', value: 42, tolerance: 1, unit: text('тг') },
  ];

  it('holds no key of any type', () => {
    for (const content of keys) {
      const json = JSON.stringify(questionView(content, ['b', 'a']));
      for (const secret of ['correct', 'accepted', 'жауап', '42', 'tolerance', 'partialCredit']) {
        expect(json).not.toContain(secret);
      }
    }
  });

  it('shows matching right-hand sides in the attempt’s order, apart from their left items', () => {
    expect(questionView(keys[3], ['p2', 'p1'])).toEqual({
      type: 'matching',
      left: [
        { id: 'p1', text: text('L1') },
        { id: 'p2', text: text('L2') },
      ],
      right: [
        { id: 'r1', text: text('R2') },
        { id: 'r2', text: text('R1') },
      ],
    });
  });
});

describe('answers between the screen’s ids and the question’s own', () => {
  const ordering: QuestionContent = {
    type: 'ordering',
    items: [
      { id: 'first', text: text('1') },
      { id: 'second', text: text('2') },
    ],
  };

  it('translates both ways and refuses ids the screen never showed', () => {
    const order = ['second', 'first'];
    expect(storedAnswer(ordering, order, { type: 'ordering', order: ['o2', 'o1'] })).toEqual({
      type: 'ordering',
      order: ['first', 'second'],
    });
    expect(shownAnswer(ordering, order, { type: 'ordering', order: ['first', 'second'] })).toEqual({
      type: 'ordering',
      order: ['o2', 'o1'],
    });
    expect(storedAnswer(ordering, order, { type: 'ordering', order: ['first', 'second'] })).toBeNull();
  });
});

describe('feedback release', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const past = new Date('2026-11-22T09:00:00Z');
  const future = new Date('2026-11-22T11:00:00Z');

  it('follows the policy, and never during the attempt', () => {
    expect(feedbackReleased({ status: 'in_progress', feedback: 'after_submit', availableUntil: null }, now)).toBe(
      false,
    );
    expect(feedbackReleased({ status: 'pending_grading', feedback: 'after_submit', availableUntil: null }, now)).toBe(
      true,
    );
    expect(feedbackReleased({ status: 'graded', feedback: 'none', availableUntil: past }, now)).toBe(false);
    expect(feedbackReleased({ status: 'graded', feedback: 'after_close', availableUntil: future }, now)).toBe(false);
    expect(feedbackReleased({ status: 'graded', feedback: 'after_close', availableUntil: past }, now)).toBe(true);
  });
});

describe('score percent', () => {
  it('rounds down, without floating-point sums falling a point short', () => {
    expect(scorePercent(0.1 + 0.2, 0.3)).toBe(100);
    expect(scorePercent(9, 13)).toBe(69);
    expect(scorePercent(0, 0)).toBe(0);
  });
});
