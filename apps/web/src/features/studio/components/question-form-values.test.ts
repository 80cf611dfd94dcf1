import { describe, expect, it } from 'vitest';

import { buildQuestion } from '../test/question-fixtures';
import {
  emptyQuestionFormValues,
  questionFormValuesOf,
  toCreateQuestionRequest,
  validateQuestion,
  type QuestionFormValues,
} from './question-form-values';

const filled = (content: QuestionFormValues['content']): QuestionFormValues => ({
  ...emptyQuestionFormValues(content.type),
  prompt: { kk: 'Сұрақ', ru: 'Вопрос' },
  content,
});

describe('question form values', () => {
  it('round-trips every type through the form unchanged', () => {
    const contents = [
      buildQuestion().content,
      { type: 'true_false', correct: false },
      {
        type: 'matching',
        pairs: [
          { id: 'p1', left: { kk: 'Әкім', ru: 'Аким' }, right: { kk: 'Атқарушы', ru: 'Исполнительная' } },
          { id: 'p2', left: { kk: 'Мәслихат', ru: 'Маслихат' }, right: { kk: 'Өкілді', ru: 'Представительная' } },
        ],
      },
      {
        type: 'ordering',
        items: [
          { id: 'i1', text: { kk: 'Жоба', ru: 'Проект' } },
          { id: 'i2', text: { kk: 'Тыңдау', ru: 'Слушания' } },
        ],
      },
      { type: 'short_answer', accepted: { kk: ['мәслихат'], ru: ['маслихат', 'сессия маслихата'] } },
      { type: 'numeric', value: 12.5, tolerance: 0.5, unit: { kk: 'млн теңге', ru: 'млн тенге' } },
      { type: 'essay', rubric: [{ id: 'r1', criterion: { kk: 'Дәлел', ru: 'Аргументы' }, maxPoints: 5 }] },
    ] as const;
    for (const content of contents) {
      const question = buildQuestion({ type: content.type, content: structuredClone(content) as never });
      const request = toCreateQuestionRequest(questionFormValuesOf(question));
      expect(request.content).toEqual(content);
      expect(validateQuestion(questionFormValuesOf(question))).toEqual({});
    }
  });

  it('reads decimals written with a comma, and accepted answers one per line', () => {
    const numeric = toCreateQuestionRequest(
      filled({ type: 'numeric', value: ' 12,5 ', tolerance: '', unit: { kk: '', ru: '' } }),
    );
    expect(numeric.content).toEqual({ type: 'numeric', value: 12.5, tolerance: 0, unit: { kk: '', ru: '' } });
    const short = toCreateQuestionRequest(
      filled({ type: 'short_answer', accepted: { kk: ' мәслихат \n\n сессия', ru: 'маслихат\r\n' } }),
    );
    expect(short.content).toEqual({ type: 'short_answer', accepted: { kk: ['мәслихат', 'сессия'], ru: ['маслихат'] } });
  });

  it('names each refused field by the same path as the API', () => {
    const errors = validateQuestion({
      ...filled({ type: 'essay', rubric: [{ id: 'r1', criterion: { kk: '', ru: '' }, maxPoints: '101' }] }),
      points: '0',
      tags: Array.from({ length: 11 }, (_, index) => `t${index}`).join(','),
    });
    expect(errors).toEqual({
      points: { code: 'outOfRange', params: { min: 0.5, max: 100 } },
      tags: { code: 'outOfRange', params: { min: 0, max: 10 } },
      'content.rubric.0.criterion.kk': { code: 'required' },
      'content.rubric.0.maxPoints': { code: 'outOfRange', params: { min: 0.5, max: 100 } },
    });
    expect(validateQuestion(filled({ type: 'true_false', correct: null }))).toEqual({
      'content.correct': { code: 'required' },
    });
    expect(validateQuestion(filled({ type: 'short_answer', accepted: { kk: ' ', ru: '' } }))).toEqual({
      'content.accepted.kk': { code: 'required' },
    });
  });
});
