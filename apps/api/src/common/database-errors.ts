import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs PostgreSQL answers when a value's characters cannot be stored: 22021
 * (character_not_in_repertoire, e.g. "invalid byte sequence for encoding UTF8: 0x00") and 22P05
 * (untranslatable_character, e.g. `\u0000` inside jsonb). Both mean the client sent them.
 */
const INVALID_CHARACTER_STATES = new Set(['22021', '22P05']);

/** Whether a query failed on a unique index (e.g. two requests creating the same email at once). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** Whether the database refused text in the request as unstorable (a NUL byte, say). */
export function isInvalidCharacterError(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && INVALID_CHARACTER_STATES.has(state);
}

/** The SQLSTATE of a failed query: from TypeORM's wrapper or from a bare `pg` error. */
export function sqlState(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    const code: unknown = (error.driverError as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
  }
  if (error instanceof Error && 'severity' in error && 'code' in error && typeof error.code === 'string') {
    return /^[0-9A-Z]{5}$/.test(error.code) ? error.code : undefined;
  }
  return undefined;
}
