import { Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ErrorCode, type FieldError, FieldErrorCode } from '@bilikti/contracts';
import { DomainError } from './domain-error';
import { mergeFieldErrors, ApiValidationPipe } from './validation.pipe';

class InnerDto {
  @IsString()
  organisation: string;
}

class SampleDto {
  @IsString()
  name: string;

  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(['learner', 'admin'], { each: true })
  roles?: string[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InnerDto)
  inner?: InnerDto;
}

const pipe = new ApiValidationPipe();
const body = { type: 'body', metatype: SampleDto } as const;

async function refusal(value: unknown, metadata: Parameters<ApiValidationPipe['transform']>[1] = body) {
  try {
    await pipe.transform(value, metadata);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ApiValidationPipe', () => {
  it('lets a clean body through as the DTO', async () => {
    await expect(pipe.transform({ name: 'Ab', inner: { organisation: 'Org' } }, body)).resolves.toBeInstanceOf(
      SampleDto,
    );
  });

  it('refuses NUL characters with 422 invalidCharacters, alongside the other refusals', async () => {
    const error = await refusal({ name: 'A\u0000b', roles: 'admin', inner: { organisation: 'x\u0000' } });
    expect(error.status).toBe(422);
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.fields).toEqual({
      name: { code: FieldErrorCode.InvalidCharacters },
      roles: { code: FieldErrorCode.InvalidType },
      'inner.organisation': { code: FieldErrorCode.InvalidCharacters },
    });
  });

  it('refuses a __proto__ key that class-transformer would drop', async () => {
    const error = await refusal(JSON.parse('{"name":"Ab","__proto__":{"isAdmin":true}}'));
    expect(Object.entries(error.fields ?? {})).toEqual([['__proto__', { code: FieldErrorCode.UnknownField }]]);
  });

  it('refuses a constructor key as an unknown field', async () => {
    const error = await refusal({ name: 'Ab', constructor: 'x' });
    expect(error.fields).toEqual({ constructor: { code: FieldErrorCode.UnknownField } });
  });

  it('checks path parameters and single query values under their own name', async () => {
    const param = await refusal('a\u0000', { type: 'param', metatype: String, data: 'code' });
    expect(param.fields).toEqual({ code: { code: FieldErrorCode.InvalidCharacters } });
    const query = await refusal({ q: 'a\u0000' }, { type: 'query', metatype: Object });
    expect(query.fields).toEqual({ q: { code: FieldErrorCode.InvalidCharacters } });
  });

  it('leaves custom decorators (the signed-in user) alone', async () => {
    const user = { fullName: 'A\u0000' };
    await expect(pipe.transform(user, { type: 'custom', metatype: Object })).resolves.toBe(user);
  });

  it('says invalidType, not required, for a value of the wrong kind; required for an empty array', async () => {
    expect((await refusal({ name: 'Ab', roles: 'admin' })).fields).toEqual({
      roles: { code: FieldErrorCode.InvalidType },
    });
    expect((await refusal({ name: 'Ab', roles: [] })).fields).toEqual({ roles: { code: FieldErrorCode.Required } });
  });

  it('refuses an array where an object belongs as a whole, without listing its insides', async () => {
    for (const inner of [[], [{ organisation: 5 }], 'text']) {
      expect((await refusal({ name: 'Ab', inner })).fields).toEqual({ inner: { code: FieldErrorCode.InvalidType } });
    }
  });

  it('refuses absurdly deep nesting with 422 instead of overflowing the stack', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    const error = await refusal({ name: 'Ab', deep });
    expect(error.status).toBe(422);
    expect(Object.values(error.fields ?? {})).toEqual([expect.objectContaining({ code: FieldErrorCode.InvalidValue })]);
  });
});

describe('mergeFieldErrors', () => {
  const code = (c: FieldErrorCode): FieldError => ({ code: c });

  it('lets the unsafe-input code win on a shared path, except over an unknown field', () => {
    expect(
      mergeFieldErrors(
        { a: code(FieldErrorCode.TooLong), b: code(FieldErrorCode.UnknownField) },
        { a: code(FieldErrorCode.InvalidCharacters), b: code(FieldErrorCode.InvalidCharacters) },
      ),
    ).toEqual({ a: code(FieldErrorCode.InvalidCharacters), b: code(FieldErrorCode.UnknownField) });
  });

  it('drops what was found inside a field refused as a whole', () => {
    expect(
      mergeFieldErrors(
        { extra: code(FieldErrorCode.UnknownField), profile: code(FieldErrorCode.InvalidType) },
        {
          'extra.x': code(FieldErrorCode.InvalidCharacters),
          'profile[0]': code(FieldErrorCode.InvalidCharacters),
          profileName: code(FieldErrorCode.InvalidCharacters),
        },
      ),
    ).toEqual({
      extra: code(FieldErrorCode.UnknownField),
      profile: code(FieldErrorCode.InvalidType),
      profileName: code(FieldErrorCode.InvalidCharacters),
    });
  });
});
