import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { type FieldError, FieldErrorCode } from '@bilikti/contracts';
import { DomainError } from './domain-error';
import { findUnsafeInput } from './unsafe-input';

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

/**
 * Which refusal to report when a sent field breaks several rules: the most basic first. A wrong
 * type says more than "required" (e.g. `arrayNotEmpty` on a string); a field left out is always
 * reported as required (see pickFieldError).
 */
const PRIORITY: FieldErrorCode[] = [FieldErrorCode.UnknownField, FieldErrorCode.InvalidType, FieldErrorCode.Required];

/** Codes that refuse a field as a whole: what its children break is not worth listing. */
const WHOLE_FIELD_CODES: FieldErrorCode[] = [FieldErrorCode.UnknownField, FieldErrorCode.InvalidType];

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
    // Custom decorators (the signed-in user, the raw request) carry no client input to check.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const isDto = metadata.metatype && !this.isPrimitiveType(metadata.metatype);
    if (isDto && (metadata.type === 'body' || metadata.type === 'query')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw DomainError.validation({ body: { code: FieldErrorCode.InvalidType } });
      }
    }
    // Checked on the value as parsed, before class-transformer drops `__proto__` keys, and for
    // every body, query and path parameter, whether or not a DTO describes it.
    const prefix = metadata.data ?? (typeof value === 'object' ? '' : metadata.type);
    const unsafe = findUnsafeInput(value, prefix);
    if (!Object.keys(unsafe.fields).length) return super.transform(value, metadata);
    // Nested too deeply to hand to the (recursive) transformer at all.
    if (unsafe.tooDeep) throw DomainError.validation(unsafe.fields);
    let fields: Record<string, FieldError> = {};
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.fields) throw error;
      fields = error.fields;
    }
    throw DomainError.validation(mergeFieldErrors(fields, unsafe.fields));
  }

  private isPrimitiveType(metatype: unknown): boolean {
    return [String, Boolean, Number, Array, Object].includes(metatype as never);
  }
}

/**
 * The validator's refusals plus the unsafe-input ones. A field refused as a whole (unknown, or of
 * the wrong type) hides what was found inside it; on the same path an unknown field stays
 * reported as such, otherwise the unsafe-input code wins.
 */
export function mergeFieldErrors(
  validation: Record<string, FieldError>,
  unsafe: Record<string, FieldError>,
): Record<string, FieldError> {
  // A Map, not an object: an unsafe path may be `__proto__`, which assignment would not store.
  const merged = new Map(Object.entries(validation));
  const wholes = [...merged].filter(([, error]) => WHOLE_FIELD_CODES.includes(error.code)).map(([path]) => path);
  const isInside = (path: string, parent: string) =>
    path.startsWith(parent) && (path[parent.length] === '.' || path[parent.length] === '[');
  for (const [path, error] of Object.entries(unsafe)) {
    if (wholes.some((parent) => isInside(path, parent))) continue;
    if (merged.get(path)?.code === FieldErrorCode.UnknownField) continue;
    merged.set(path, error);
  }
  return Object.fromEntries(merged);
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
      // A field refused as a whole (e.g. an array where an object belongs): its insides are noise.
      if (WHOLE_FIELD_CODES.includes(fields[path].code)) continue;
    }
    if (error.children?.length) {
      Object.assign(fields, toFieldErrors(error.children, path));
    }
  }
  return fields;
}

function pickFieldError(error: ValidationError, names: string[]): FieldError {
  // Left out (or null) and still refused: optional fields are not checked when absent, so it is required.
  if (!isPresent(error) && !names.includes('whitelistValidation')) return { code: FieldErrorCode.Required };
  const candidates = names.map((name) => ({ name, code: CONSTRAINT_CODES[name] ?? codeFromCustom(name) }));
  // A value that is there but of the wrong kind (`"roles": "admin"`) is mistyped, not missing.
  candidates.sort((a, b) => rank(a.code) - rank(b.code));
  const chosen = candidates[0]!;
  const params = constraintParams(error, chosen.name);
  return params ? { code: chosen.code, params } : { code: chosen.code };
}

function rank(code: FieldErrorCode): number {
  const index = PRIORITY.indexOf(code);
  return index === -1 ? PRIORITY.length : index;
}

/** Whether the refused field was sent at all (read from the validated object; `value` is not kept). */
function isPresent(error: ValidationError): boolean {
  if (!error.target) return false;
  const value: unknown = (error.target as Record<string, unknown>)[error.property];
  return value !== undefined && value !== null;
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
