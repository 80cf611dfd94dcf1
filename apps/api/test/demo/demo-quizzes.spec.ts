import { type AnswerValue, QUESTION_TYPES, scoreAnswer } from '@bilikti/contracts';
import { type DemoCourse, DEMO_COURSES } from '../../src/modules/demo/demo-courses';
import type { DemoAssessmentLesson } from '../../src/modules/demo/demo-quizzes';
import { demoCourseProblems } from '../../src/modules/demo/demo-rules';

// Unit checks of the demo data itself (no database): bad questions or quizzes must not ship.

const finalTest = (course: DemoCourse): DemoAssessmentLesson => {
  const last = course.modules.at(-1)?.lessons.at(-1);
  if (last?.type !== 'assessment') throw new Error(`${course.code} does not end with an assessment lesson`);
  return last;
};
const byCode = (code: string): DemoCourse => DEMO_COURSES.find((c) => c.code === code)!;
const allQuestions = DEMO_COURSES.flatMap((c) => c.questions);

describe('demo question banks and final tests', () => {
  it('hold only questions and quizzes the question and quiz rules accept, complete in both languages', () => {
    expect(DEMO_COURSES.flatMap(demoCourseProblems)).toEqual([]);
  });

  it('are checked for real: a broken question, an unknown question or a pool too small is reported', () => {
    const akim = structuredClone(byCode('AKIM-101'));
    akim.questions[0].prompt.kk = ' ';
    akim.questions[0].content = { ...akim.questions[0].content, correctOptionId: 'nobody' } as never;
    finalTest(akim).quiz.questionKeys.push('missing');
    const acad = structuredClone(byCode('ACAD-PP-201'));
    finalTest(acad).quiz.pools[0].count = 9;
    finalTest(acad).quiz.timeLimitMinutes = 0;

    const problems = [...demoCourseProblems(akim), ...demoCourseProblems(acad)].join('\n');

    expect(problems).toContain('AKIM-101 question budget-approval: prompt.kk is empty');
    expect(problems).toContain('content.correctOptionId');
    expect(problems).toContain('unknown questions missing');
    expect(problems).toContain('the pool policy draws 9 of 3 questions');
    expect(problems).toContain('quiz.timeLimitMinutes');
  });

  it('end every course with one assessment lesson asking from a bank of 6 to 10 questions', () => {
    for (const course of DEMO_COURSES) {
      const assessments = course.modules.flatMap((m) => m.lessons).filter((l) => l.type === 'assessment');
      expect({ code: course.code, assessments: assessments.length }).toEqual({ code: course.code, assessments: 1 });
      expect(assessments[0]).toBe(finalTest(course));
      expect(course.questions.length).toBeGreaterThanOrEqual(6);
      expect(course.questions.length).toBeLessThanOrEqual(10);
      expect(new Set(course.questions.map((q) => q.prompt.ru)).size).toBe(course.questions.length);
      expect(new Set(course.questions.map((q) => q.prompt.kk)).size).toBe(course.questions.length);
    }
  });

  it('use every question type, each written out in full', () => {
    expect(new Set(allQuestions.map((q) => q.content.type))).toEqual(new Set(QUESTION_TYPES));
    for (const { key, content } of allQuestions) {
      if (content.type === 'multiple_choice') expect([key, content.partialCredit]).not.toEqual([key, 'all_or_nothing']);
      if (content.type === 'short_answer') {
        expect(content.accepted.kk.length).toBeGreaterThan(0);
        expect(content.accepted.ru.length).toBeGreaterThan(0);
      }
      if (content.type === 'numeric') expect(content.unit.kk && content.unit.ru).toBeTruthy();
      if (content.type === 'essay') {
        expect(content.rubric.length).toBeGreaterThanOrEqual(2);
        expect(content.rubric.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it('give full marks to answers learners really type, in either language', () => {
    const score = (code: string, key: string, answer: AnswerValue) =>
      scoreAnswer(byCode(code).questions.find((q) => q.key === key)!.content, answer);

    expect(
      score('AKIM-101', 'community-assembly', { type: 'short_answer', text: 'собрание местного сообщества.' }),
    ).toBe(1);
    expect(
      score('AKIM-101', 'community-assembly', { type: 'short_answer', text: 'жергілікті қоғамдастық жиналысы' }),
    ).toBe(1);
    expect(score('LAW-150', 'adilet', { type: 'short_answer', text: ' әділет ' })).toBe(1);
    expect(score('LAW-150', 'adilet', { type: 'short_answer', text: 'Адилет' })).toBe(1);
    expect(score('LAW-150', 'adilet', { type: 'short_answer', text: 'Открытые НПА' })).toBe(0);
    expect(score('DEP-REP-110', 'answer-formula', { type: 'short_answer', text: 'ұсыну' })).toBe(1);
    expect(score('AKIM-101', 'own-revenue-share', { type: 'numeric', value: 25 })).toBe(1);
    expect(score('AKIM-101', 'own-revenue-share', { type: 'numeric', value: 75 })).toBe(0);
    expect(score('DEP-REP-110', 'before-after', { type: 'numeric', value: 20 })).toBe(1);
  });

  it('vary the quiz settings: a timed test with an essay, a draw by tag, one that shows no answers', () => {
    const akim = byCode('AKIM-101');
    expect(finalTest(akim).quiz).toMatchObject({
      mode: 'fixed',
      timeLimitMinutes: 20,
      maxAttempts: 3,
      passPercent: 70,
      feedback: 'after_submit',
      shuffleQuestions: true,
      shuffleOptions: true,
    });
    expect(akim.questions.filter((q) => q.content.type === 'essay')).toHaveLength(1);

    const drawn = finalTest(byCode('ACAD-PP-201')).quiz;
    expect(drawn.mode).toBe('pools');
    expect(drawn.pools.length).toBeGreaterThan(1);

    expect(DEMO_COURSES.map((c) => finalTest(c).quiz.feedback)).toContain('none');
  });

  it('never close: no availability window, and no answers held back until a close that never comes', () => {
    for (const course of DEMO_COURSES) {
      const quiz = finalTest(course).quiz;
      expect(Object.keys(quiz)).not.toContain('availableFrom');
      expect(Object.keys(quiz)).not.toContain('availableUntil');
      expect(quiz.feedback).not.toBe('after_close');
    }
  });
});
