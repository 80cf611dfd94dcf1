import type { TransformFnParams } from 'class-transformer';

/** Trims strings and leaves anything else for the type check to refuse. */
export const trim = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);

/** Query strings carry text: 'true'/'false' become booleans, anything else is left to be refused. */
export const queryBoolean = ({ value }: TransformFnParams): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Query integers: digits become numbers, anything else is left to be refused. */
export const queryInt = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value;
