import { randomInt } from 'node:crypto';
import type { QuestionContent, QuizSettings } from '@bilikti/contracts';
import type { ItemPresentation } from './entities/attempt-item.entity';

/** A bank question as an attempt copies it. */
export interface DrawnQuestion {
  id: string;
  tags: string[];
  points: number;
  prompt: { kk: string; ru: string };
  explanation: { kk: string; ru: string };
  content: QuestionContent;
}

/** Fisher–Yates with a cryptographic source: learners cannot predict the order. */
export function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/**
 * The questions one attempt asks. Fixed quizzes ask their questions still in the bank, in the
 * authored order unless shuffled. Pool quizzes draw `count` questions per tag at random, never the
 * same question twice (a question may carry several tags), from those complete in both languages.
 */
export function drawQuestions(
  quiz: QuizSettings,
  bank: DrawnQuestion[],
  isComplete: (q: DrawnQuestion) => boolean,
): DrawnQuestion[] {
  let chosen: DrawnQuestion[];
  if (quiz.mode === 'fixed') {
    const byId = new Map(bank.map((q) => [q.id, q]));
    chosen = quiz.questionIds.map((id) => byId.get(id)).filter((q): q is DrawnQuestion => !!q);
  } else {
    const taken = new Set<string>();
    chosen = [];
    for (const pool of quiz.pools) {
      const candidates = bank.filter((q) => !taken.has(q.id) && q.tags.includes(pool.tag) && isComplete(q));
      for (const question of shuffled(candidates).slice(0, pool.count)) {
        taken.add(question.id);
        chosen.push(question);
      }
    }
  }
  return quiz.shuffleQuestions ? shuffled(chosen) : chosen;
}

/**
 * The order an attempt shows a question's parts in. Choice options follow the quiz's setting.
 * Matching shuffles the right-hand sides and ordering its items always: shown as written, they
 * would give the answer away (an ordering never starts in its right order).
 */
export function presentationFor(content: QuestionContent, shuffleOptions: boolean): ItemPresentation {
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const ids = content.options.map((o) => o.id);
      return { order: shuffleOptions ? shuffled(ids) : ids };
    }
    case 'matching':
      return { order: shuffled(content.pairs.map((p) => p.id)) };
    case 'ordering': {
      const ids = content.items.map((i) => i.id);
      const order = shuffled(ids);
      // Shuffled back into the right order: move the first item to the end instead.
      return { order: order.every((id, index) => id === ids[index]) ? [...order.slice(1), order[0]] : order };
    }
    case 'true_false':
    case 'short_answer':
    case 'numeric':
    case 'essay':
      return { order: [] };
  }
}
