import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { LOCALES, QUESTION_LIMITS as L, questionCompleteness, type QuizSettings } from '@bilikti/contracts';
import { checkQuizSettings } from '../courses/quiz-rules';
import { checkQuestionContent } from '../questions/question-rules';
import type { DemoCourse } from './demo-courses';
import type { DemoQuiz } from './demo-quizzes';

/** A demo quiz as stored: its question keys swapped for the bank's ids, and never a window. */
export function toQuizSettings(quiz: DemoQuiz, ids: ReadonlyMap<string, string>): QuizSettings {
  const { questionKeys, ...settings } = quiz;
  return {
    ...settings,
    questionIds: questionKeys.map((key) => {
      const id = ids.get(key);
      if (!id) throw new Error(`The demo quiz names an unknown question ${key}`);
      return id;
    }),
    availableFrom: null,
    availableUntil: null,
  };
}

/**
 * What keeps a demo course's question bank and quizzes from being what an author could save and
 * publish through the API: the same content and quiz rules, every text in both languages, and
 * enough questions for every pool. Empty when nothing. The seeder refuses a course with problems.
 */
export function demoCourseProblems(course: DemoCourse): string[] {
  const problems: string[] = [];
  const say = (where: string, what: string) => problems.push(`${course.code} ${where}: ${what}`);

  const keys = new Set<string>();
  for (const question of course.questions) {
    const at = `question ${question.key}`;
    if (keys.has(question.key)) say(at, 'the key is used twice');
    keys.add(question.key);
    for (const locale of LOCALES) {
      const prompt = question.prompt[locale].trim();
      const explanation = question.explanation[locale].trim();
      if (!prompt || prompt.length > L.promptMax) say(at, `prompt.${locale} is empty or too long`);
      if (!explanation || explanation.length > L.explanationMax) say(at, `explanation.${locale} is empty or too long`);
    }
    if (!(question.points >= L.pointsMin && question.points <= L.pointsMax)) say(at, `points ${question.points}`);
    const { tags } = question;
    if (
      !tags.length ||
      tags.length > L.tagsMax ||
      new Set(tags).size !== tags.length ||
      tags.some((tag) => !tag || tag !== tag.trim() || tag.length > L.tagMax)
    ) {
      say(at, `tags [${tags.join(', ')}]`);
    }
    const { content, errors } = checkQuestionContent(question.content);
    for (const [path, error] of Object.entries(errors)) say(at, `${path} ${error.code}`);
    if (!content) continue;
    // The rules trim texts and drop unknown keys; demo data must need neither.
    if (!isDeepStrictEqual(content, question.content)) say(at, 'content changes when checked (spaces, extra keys)');
    const complete = questionCompleteness(question.prompt, content);
    for (const locale of LOCALES) if (!complete[locale]) say(at, `incomplete in ${locale}`);
  }

  // Quiz settings want question ids; any well-formed ones do for checking.
  const placeholders = new Map([...keys].map((key) => [key, randomUUID()]));
  for (const lesson of course.modules.flatMap((m) => m.lessons)) {
    if (lesson.type !== 'assessment') continue;
    const at = `lesson «${lesson.title.ru}»`;
    const unknown = lesson.quiz.questionKeys.filter((key) => !keys.has(key));
    if (unknown.length) {
      say(at, `unknown questions ${unknown.join(', ')}`);
      continue;
    }
    const { errors } = checkQuizSettings(toQuizSettings(lesson.quiz, placeholders));
    for (const [path, error] of Object.entries(errors)) say(at, `${path} ${error.code}`);
    for (const pool of lesson.quiz.pools) {
      const available = course.questions.filter((q) => q.tags.includes(pool.tag)).length;
      if (available < pool.count) say(at, `the pool ${pool.tag} draws ${pool.count} of ${available} questions`);
    }
  }
  return problems;
}
