import { parityReport, type ParityInput } from './parity';

const course = {
  id: 'c1',
  titleKk: 'Әкімдер мектебі',
  titleRu: 'Школа акимов',
  summaryKk: 'Қысқаша',
  summaryRu: 'Кратко',
};
const courseModule = { id: 'm1', titleKk: 'Бюджет', titleRu: 'Бюджет' };
const textLesson = {
  id: 'l1',
  moduleId: 'm1',
  type: 'text' as const,
  titleKk: 'Кіріспе',
  titleRu: 'Введение',
  bodyKk: '<p>Мәтін</p>',
  bodyRu: '<p>Текст</p>',
  mediaKkId: null,
  mediaRuId: null,
  externalUrlKk: null,
  externalUrlRu: null,
  needsReviewKk: false,
  needsReviewRu: false,
  quiz: null,
};
const complete: ParityInput = { course, modules: [courseModule], lessons: [textLesson] };

describe('parityReport', () => {
  it('is complete when every slot is filled in both languages', () => {
    const report = parityReport(complete);
    expect(report).toEqual({ complete: true, total: 5, filled: { kk: 5, ru: 5 }, gaps: [] });
  });

  it('names each missing field per language', () => {
    const report = parityReport({
      ...complete,
      course: { ...course, summaryRu: '  ' },
      lessons: [{ ...textLesson, bodyKk: '<p><br></p>' }],
    });
    expect(report.complete).toBe(false);
    expect(report.filled).toEqual({ kk: 4, ru: 4 });
    expect(report.gaps).toEqual([
      { entity: 'course', id: 'c1', field: 'summary', locale: 'ru', reason: 'missing' },
      { entity: 'lesson', id: 'l1', field: 'body', locale: 'kk', reason: 'missing' },
    ]);
  });

  it('needs a file (or a link for video) in each language for video and document lessons', () => {
    const report = parityReport({
      ...complete,
      lessons: [
        { ...textLesson, id: 'v', type: 'video', externalUrlKk: 'https://video.example/1', mediaRuId: null },
        { ...textLesson, id: 'd', type: 'document', mediaKkId: 'pdf-kk', mediaRuId: 'pdf-ru' },
      ],
    });
    expect(report.gaps).toEqual([{ entity: 'lesson', id: 'v', field: 'media', locale: 'ru', reason: 'missing' }]);
  });

  it('reports empty structure and lessons waiting for review', () => {
    expect(parityReport({ course, modules: [], lessons: [] }).gaps).toContainEqual({
      entity: 'course',
      id: 'c1',
      field: 'modules',
      locale: null,
      reason: 'empty',
    });
    expect(parityReport({ course, modules: [courseModule], lessons: [] }).gaps).toContainEqual({
      entity: 'module',
      id: 'm1',
      field: 'lessons',
      locale: null,
      reason: 'empty',
    });
    const review = parityReport({ ...complete, lessons: [{ ...textLesson, needsReviewRu: true }] });
    expect(review.complete).toBe(false);
    expect(review.filled).toEqual({ kk: 5, ru: 4 });
    expect(review.gaps).toEqual([{ entity: 'lesson', id: 'l1', field: 'body', locale: 'ru', reason: 'needsReview' }]);
  });
});

describe('parityReport for assessment lessons', () => {
  const quizLesson = { ...textLesson, id: 'q', type: 'assessment' as const, bodyKk: '', bodyRu: '' };
  const settings = {
    mode: 'fixed' as const,
    questionIds: ['q1', 'q2'],
    pools: [],
    shuffleQuestions: false,
    shuffleOptions: false,
    timeLimitMinutes: null,
    maxAttempts: null,
    passPercent: 60,
    availableFrom: null,
    availableUntil: null,
    feedback: 'after_submit' as const,
  };
  const bank = [
    { id: 'q1', tags: ['budget'], complete: { kk: true, ru: true } },
    { id: 'q2', tags: ['budget'], complete: { kk: true, ru: false } },
  ];

  it('needs the quiz set up', () => {
    expect(parityReport({ ...complete, lessons: [quizLesson], bank }).gaps).toContainEqual({
      entity: 'lesson',
      id: 'q',
      field: 'quiz',
      locale: null,
      reason: 'missing',
    });
  });

  it('needs every fixed question complete in each language', () => {
    const report = parityReport({ ...complete, lessons: [{ ...quizLesson, quiz: settings }], bank });
    expect(report.gaps).toEqual([{ entity: 'lesson', id: 'q', field: 'quiz', locale: 'ru', reason: 'missing' }]);
  });

  it('refuses pools that draw more than the bank holds complete', () => {
    const pools = { ...settings, mode: 'pools' as const, questionIds: [], pools: [{ tag: 'budget', count: 2 }] };
    const report = parityReport({ ...complete, lessons: [{ ...quizLesson, quiz: pools }], bank });
    expect(report.gaps).toEqual([
      {
        entity: 'lesson',
        id: 'q',
        field: 'quiz',
        locale: null,
        reason: 'poolTooSmall',
        params: { tag: 'budget', count: 2, available: 1 },
      },
    ]);
  });
});
