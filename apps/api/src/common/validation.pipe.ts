import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { type FieldError, FieldErrorCode } from '@bilikti/contracts';
import { DomainError } from './domain-error';

/** class-validator constraint names → the field codes the web app translates. */
const CONSTRAINT_CODES: Record<string, FieldErrorCode> = {
  whitelistValidation: FieldErrorCode.UnknownField,
  isDefined: FieldErrorCode.Required,
  isNotEmpty: FieldErrorCode.Required,
  isString: FieldErrorCode.InvalidType,
  isBoolean: FieldErrorCode.InvalidType,
  isInt: FieldErrorCode.InvalidType,
  isNumber: FieldErrorCode.InvalidType,
  isArray: FieldErrorCode.InvalidType,
  isObject: FieldErrorCode.InvalidType,
  nestedValidation: FieldErrorCode.InvalidType,
  maxLength: FieldErrorCode.TooLong,
  arrayMaxSize: FieldErrorCode.TooLong,
  minLength: FieldErrorCode.TooShort,
  arrayMinSize: FieldErrorCode.TooShort,
  arrayNotEmpty: FieldErrorCode.Required,
  arrayUnique: FieldErrorCode.InvalidValue,
  isEmail: FieldErrorCode.InvalidEmail,
  isIn: FieldErrorCode.InvalidValue,
  isEnum: FieldErrorCode.InvalidValue,
  isUuid: FieldErrorCode.InvalidValue,
  matches: FieldErrorCode.InvalidValue,
  min: FieldErrorCode.OutOfRange,
  max: FieldErrorCode.OutOfRange,
};

/** Which refusal to report when a field breaks several rules: the most basic first. */
const PRIORITY: FieldErrorCode[] = [FieldErrorCode.UnknownField, FieldErrorCode.Required, FieldErrorCode.InvalidType];

const PARAM_NAMES: Record<string, string[]> = {
  maxLength: ['max'],
  arrayMaxSize: ['max'],
  minLength: ['min'],
  arrayMinSize: ['min'],
  min: ['min'],
  max: ['max'],
};

/**
 * Global validation: unknown fields are refused, types are not coerced from JSON, and every
 * refused field gets a code (and the numbers its message needs) instead of English prose.
 */
@Injectable()
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => DomainError.validation(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = metadata.metatype && !this.isPrimitiveType(metadata.metatype);
    if (isDto && (metadata.type === 'body' || metadata.type === 'query')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw DomainError.validation({ body: { code: FieldErrorCode.InvalidType } });
      }
    }
    return super.transform(value, metadata);
  }

  private isPrimitiveType(metatype: unknown): boolean {
    return [String, Boolean, Number, Array, Object].includes(metatype as never);
  }
}

export function toFieldErrors(errors: ValidationError[], prefix = ''): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : `${prefix}${prefix ? '.' : ''}${error.property}`;
    const names = Object.keys(error.constraints ?? {});
    if (names.length) {
      fields[path] = pickFieldError(error, names);
    }
    if (error.children?.length) {
      Object.assign(fields, toFieldErrors(error.children, path));
    }
  }
  return fields;
}

function pickFieldError(error: ValidationError, names: string[]): FieldError {
  const candidates = names.map((name) => ({ name, code: CONSTRAINT_CODES[name] ?? codeFromCustom(name) }));
  candidates.sort((a, b) => rank(a.code) - rank(b.code));
  const chosen = candidates[0]!;
  const params = constraintParams(error, chosen.name);
  return params ? { code: chosen.code, params } : { code: chosen.code };
}

function rank(code: FieldErrorCode): number {
  const index = PRIORITY.indexOf(code);
  return index === -1 ? PRIORITY.length : index;
}

function codeFromCustom(name: string): FieldErrorCode {
  const known = Object.values(FieldErrorCode) as string[];
  return known.includes(name) ? (name as FieldErrorCode) : FieldErrorCode.InvalidValue;
}

/** Reads the numbers a rule was declared with (e.g. `@MaxLength(200)` → `{ max: 200 }`). */
function constraintParams(error: ValidationError, name: string): Record<string, number> | undefined {
  const paramNames = PARAM_NAMES[name];
  if (!paramNames || !error.target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === name || m.type === name));
  if (!metadata?.constraints) return undefined;
  const params: Record<string, number> = {};
  paramNames.forEach((param, i) => {
    const value: unknown = metadata.constraints[i];
    if (typeof value === 'number') params[param] = value;
  });
  return Object.keys(params).length ? params : undefined;
}
