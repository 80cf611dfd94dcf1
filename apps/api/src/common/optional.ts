import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it must pass the other rules: unlike
 * `@IsOptional()`, a `null` is refused instead of slipping through to the database.
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object: Record<string, unknown>, value: unknown) => value !== undefined);
