import type { ParityGap } from './courses';

/**
 * Stable error codes the API answers with. The web app translates `errors.<code>`;
 * the API never sends Kazakh or Russian prose. Never rename a published code.
 */
export const ErrorCode = {
  /** The body is not valid JSON. 400. */
  MalformedJson: 'request.malformedJson',
  /** The request is malformed in another way (bad encoding in the path, unsupported body). 400. */
  BadRequest: 'request.invalid',
  /** The body or query failed validation; `fields` names each bad field. 422. */
  ValidationFailed: 'validation.failed',
  /**
   * The request carries characters the database cannot store (a NUL byte); raised when the
   * database refuses them, so no field is named. 400.
   */
  InvalidCharacters: 'request.invalidCharacters',
  /** The body is larger than the server accepts. 413. */
  PayloadTooLarge: 'request.tooLarge',
  /** No route answers this method and path. 404. */
  RouteNotFound: 'route.notFound',
  /** The record does not exist or the caller may not see it. 404. */
  NotFound: 'resource.notFound',
  /** The caller is not signed in, or the session has ended. 401. */
  AuthRequired: 'auth.required',
  /** Email and password do not match an active account. Same answer for unknown emails. 401. */
  InvalidCredentials: 'auth.invalidCredentials',
  /** Too many failed sign-ins for this account or address; `params.retryAfterSeconds`. 429. */
  TooManyAttempts: 'auth.tooManyAttempts',
  /** The current password given to change it is wrong. 422. */
  WrongCurrentPassword: 'auth.wrongCurrentPassword',
  /** The caller is signed in but lacks the role. 403. */
  Forbidden: 'access.forbidden',
  /** Another account already uses this email. 409. */
  EmailTaken: 'users.emailTaken',
  /** Admins cannot deactivate themselves or take away their own admin role. 409. */
  CannotChangeOwnAdmin: 'users.cannotChangeOwnAdmin',
  /** Someone saved this record since the caller loaded it; `params.currentVersion`. 409. */
  StaleVersion: 'resource.staleVersion',
  /** Another course already uses this code. 409. */
  CourseCodeTaken: 'courses.codeTaken',
  /** The course is not complete in both languages; `gaps` lists what is missing. 422. */
  CourseIncomplete: 'courses.incomplete',
  /** The draft is the same as the published version. 409. */
  NothingToPublish: 'courses.noChanges',
  /** The user already authors this course. 409. */
  AlreadyAuthor: 'courses.alreadyAuthor',
  /** The owner cannot be removed from the authors. 409. */
  CannotRemoveOwner: 'courses.cannotRemoveOwner',
  /** The upload is larger than allowed for its kind; `params.maxBytes` and `params.maxMegabytes`. 413. */
  MediaTooLarge: 'media.tooLarge',
  /** The file's bytes are not an accepted image, video or PDF, whatever its name says. 415. */
  MediaUnsupportedType: 'media.unsupportedType',
  /** The course is not open for self-enrolment (a coordinator assigns it). 409. */
  EnrolmentClosed: 'enrolments.closed',
  /** The attempt is closed (submitted, or closed at its deadline); nothing more can be saved. 409. */
  AttemptClosed: 'attempts.closed',
  /** The attempt's time is up (the server's deadline); the answer was not saved. 409. */
  AttemptDeadlinePassed: 'attempts.deadlinePassed',
  /** Every allowed attempt is used; `params.maxAttempts`. 409. */
  AttemptLimitReached: 'attempts.limitReached',
  /** The quiz opens later; `params.availableFrom`. 409. */
  QuizNotOpenYet: 'attempts.notOpenYet',
  /** The quiz's window has closed; `params.availableUntil`. 409. */
  QuizWindowClosed: 'attempts.windowClosed',
  /** The quiz has no questions it can ask (the bank no longer holds them). 409. */
  QuizHasNoQuestions: 'attempts.noQuestions',
  /** Grading is for closed attempts. 409. */
  AttemptNotClosed: 'attempts.notClosed',
  /** A dependency (the database) does not answer. 503. */
  ServiceUnavailable: 'server.unavailable',
  /** An unexpected failure; logged with the request id. 500. */
  Internal: 'server.internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Why one field was refused. `params` carries the numbers a message needs
 * (for example `{ max: 200 }`).
 */
export const FieldErrorCode = {
  Required: 'required',
  InvalidType: 'invalidType',
  UnknownField: 'unknownField',
  TooLong: 'tooLong',
  TooShort: 'tooShort',
  InvalidEmail: 'invalidEmail',
  InvalidValue: 'invalidValue',
  OutOfRange: 'outOfRange',
  WeakPassword: 'weakPassword',
  RequiredForDeputy: 'requiredForDeputy',
  OnlyForDeputy: 'onlyForDeputy',
  RequiredForLearner: 'requiredForLearner',
  InvalidUrl: 'invalidUrl',
  NotInstructor: 'notInstructor',
  WrongMediaKind: 'wrongMediaKind',
  InvalidCode: 'invalidCode',
  /** A grade for a question that is not an essay of this attempt. */
  NotEssay: 'notEssay',
  /** A progress report that could not have happened (watched faster than playback, from the future). */
  Implausible: 'implausible',
  /** A progress report older than the server keeps report ids for (so it could be counted twice). */
  TooOld: 'tooOld',
  /** The text contains a character that cannot be stored (a NUL byte, U+0000). */
  InvalidCharacters: 'invalidCharacters',
} as const;
export type FieldErrorCode = (typeof FieldErrorCode)[keyof typeof FieldErrorCode];

export interface FieldError {
  code: FieldErrorCode;
  params?: Record<string, string | number>;
}

/** The JSON body of every error response. `message` is English, for logs and developers only. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** The values a translated message needs; `{}` when it needs none. Always present. */
  params: Record<string, string | number>;
  /** Keyed by the field's path, e.g. `email` or `profile.regionCode`. */
  fields?: Record<string, FieldError>;
  /** With `courses.incomplete`: every gap, per language. */
  gaps?: ParityGap[];
}
