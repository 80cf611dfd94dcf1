import { type FieldError, FieldErrorCode } from '@bilikti/contracts';

/** Keys that name the object machinery rather than data: never a field of any request. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deeply a request value may nest. Real bodies stay under ten levels; far deeper nesting
 * would overflow the stack of the recursive transformers and validators behind it.
 */
export const MAX_INPUT_DEPTH = 32;

/** More problems than this in one request are not worth listing. */
const MAX_PROBLEMS = 50;

const NUL = '\u0000';

export interface UnsafeInput {
  /** Per path: `invalidCharacters`, `unknownField` (object-machinery keys) or `invalidValue` (too deep). */
  fields: Record<string, FieldError>;
  /** Whether the value nests deeper than `MAX_INPUT_DEPTH` (and so must not be transformed at all). */
  tooDeep: boolean;
}

/**
 * Walks a request value (body, query or path parameter, as parsed) and names what no field may
 * hold, whatever its DTO says: text with a NUL character (PostgreSQL cannot store it), keys such
 * as `__proto__` (JSON.parse makes them own properties, and class-transformer silently drops
 * them), and nesting deeper than `MAX_INPUT_DEPTH`. Paths follow the validation convention
 * (`profile.organisation`, `grades[0].comment`); `prefix` names the value itself. Iterative, so
 * that no request can overflow the stack here.
 */
export function findUnsafeInput(value: unknown, prefix = ''): UnsafeInput {
  // A Map, not an object: a path may well be `__proto__`, which assignment would not store.
  const problems = new Map<string, FieldError>();
  let tooDeep = false;
  const report = (path: string, error: FieldError) => {
    if (problems.size < MAX_PROBLEMS && !problems.has(path)) problems.set(path, error);
  };
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: prefix, depth: 0 }];
  while (stack.length) {
    // Past the listing limit the walk goes on only to find out whether the value is too deep.
    if (tooDeep && problems.size >= MAX_PROBLEMS) break;
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (item.value.includes(NUL)) report(item.path, { code: FieldErrorCode.InvalidCharacters });
      continue;
    }
    if (!isWalkable(item.value)) continue;
    if (item.depth >= MAX_INPUT_DEPTH) {
      tooDeep = true;
      report(item.path, { code: FieldErrorCode.InvalidValue, params: { maxDepth: MAX_INPUT_DEPTH } });
      continue;
    }
    const children: { value: unknown; path: string; depth: number }[] = [];
    if (Array.isArray(item.value)) {
      item.value.forEach((child: unknown, index) => {
        children.push({ value: child, path: `${item.path}[${index}]`, depth: item.depth + 1 });
      });
    } else {
      for (const key of Object.keys(item.value)) {
        const path = `${item.path}${item.path ? '.' : ''}${key}`;
        if (FORBIDDEN_KEYS.has(key)) {
          report(path, { code: FieldErrorCode.UnknownField });
        } else if (key.includes(NUL)) {
          report(path, { code: FieldErrorCode.InvalidCharacters });
        } else {
          children.push({ value: item.value[key], path, depth: item.depth + 1 });
        }
      }
    }
    // Reversed onto the stack so that problems are found (and listed) in document order.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  // Object.fromEntries defines own properties, `__proto__` included.
  return { fields: Object.fromEntries(problems), tooDeep };
}

/** Arrays and plain objects (JSON bodies, parsed query strings); class instances are not request data. */
function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
