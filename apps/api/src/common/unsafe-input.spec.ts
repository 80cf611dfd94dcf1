import { FieldErrorCode } from '@bilikti/contracts';
import { findUnsafeInput, MAX_INPUT_DEPTH } from './unsafe-input';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? { a: value } : [value];
  return value;
};

describe('findUnsafeInput', () => {
  it('finds nothing in ordinary input', () => {
    expect(
      findUnsafeInput({
        fullName: 'Айгерім Нұрланқызы',
        roles: ['learner'],
        profile: { organisation: 'Аппарат акима', maslikhatLevel: null, count: 3, ok: true },
      }),
    ).toEqual({ fields: {}, tooDeep: false });
    expect(findUnsafeInput(undefined)).toEqual({ fields: {}, tooDeep: false });
    expect(findUnsafeInput('plain', 'id')).toEqual({ fields: {}, tooDeep: false });
  });

  it('names every string holding a NUL, at any depth, by its field path', () => {
    const { fields } = findUnsafeInput({
      email: 'a\u0000@b.kz',
      profile: { organisation: 'Org\u0000', position: 'rural_akim' },
      grades: [{ comment: 'ok' }, { comment: '\u0000' }],
      tags: ['fine', 'x\u0000'],
    });
    expect(fields).toEqual({
      email: { code: FieldErrorCode.InvalidCharacters },
      'profile.organisation': { code: FieldErrorCode.InvalidCharacters },
      'grades[1].comment': { code: FieldErrorCode.InvalidCharacters },
      'tags[1]': { code: FieldErrorCode.InvalidCharacters },
    });
  });

  it('uses the prefix for a bare value or as the root of the paths', () => {
    expect(findUnsafeInput('a\u0000b', 'q').fields).toEqual({ q: { code: FieldErrorCode.InvalidCharacters } });
    expect(findUnsafeInput({ kk: '\u0000' }, 'name').fields).toEqual({
      'name.kk': { code: FieldErrorCode.InvalidCharacters },
    });
  });

  it('refuses NUL in keys (e.g. of free-form maps), at the path the validator would use', () => {
    expect(findUnsafeInput({ matches: { 'p\u00001': 'p1' } }).fields).toEqual({
      'matches.p\u00001': { code: FieldErrorCode.InvalidCharacters },
    });
  });

  it('refuses __proto__, constructor and prototype keys as unknown fields, as JSON.parse makes them', () => {
    const body: unknown = JSON.parse(
      '{"email":"a@b.kz","__proto__":{"isAdmin":true},"profile":{"constructor":{"x":1},"prototype":1}}',
    );
    const { fields } = findUnsafeInput(body);
    expect(Object.keys(fields)).toEqual(['__proto__', 'profile.constructor', 'profile.prototype']);
    expect(Object.values(fields)).toEqual(Array(3).fill({ code: FieldErrorCode.UnknownField }));
  });

  it('walks parsed query strings, whose objects have no prototype', () => {
    const query = Object.assign(Object.create(null) as Record<string, unknown>, { q: 'a\u0000', page: '1' });
    expect(findUnsafeInput(query).fields).toEqual({ q: { code: FieldErrorCode.InvalidCharacters } });
  });

  it('leaves class instances alone', () => {
    expect(findUnsafeInput({ at: new Date(), buffer: Buffer.from('\u0000') }).fields).toEqual({});
  });

  it('stops at MAX_INPUT_DEPTH without recursing, however deep the value', () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH))).toEqual({ fields: {}, tooDeep: false });
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH + 1)).tooDeep).toBe(true);
    const deep = findUnsafeInput({ x: nested(200_000) });
    expect(deep.tooDeep).toBe(true);
    expect(Object.values(deep.fields)).toEqual([
      { code: FieldErrorCode.InvalidValue, params: { maxDepth: MAX_INPUT_DEPTH } },
    ]);
    const [path] = Object.keys(deep.fields);
    expect(path).toMatch(/^x(\.a|\[0\])+$/);
    expect(path!.split(/[.[]/)).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('lists at most 50 problems, but still finds nesting too deep after them', () => {
    const many = Array.from({ length: 500 }, () => '\u0000');
    expect(findUnsafeInput({ many })).toEqual({ fields: expect.any(Object), tooDeep: false });
    expect(Object.keys(findUnsafeInput({ many }).fields)).toHaveLength(50);
    expect(findUnsafeInput({ many, deep: nested(10_000) }).tooDeep).toBe(true);
  });
});
