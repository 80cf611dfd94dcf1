import { type FieldError, FieldErrorCode, type LearnerProfile, LIMITS, type Role } from '@bilikti/contracts';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a learner profile against the roles it comes with. Learners need position, region and
 * organisation; the maslikhat level belongs to deputies only and is required for them.
 * Returns field errors keyed as `profile.<field>`; empty when the profile is fine.
 */
export function checkProfile(
  roles: readonly Role[],
  profile: LearnerProfile | null | undefined,
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  if (!profile) {
    if (roles.includes('learner')) errors.profile = { code: FieldErrorCode.RequiredForLearner };
    return errors;
  }
  if (!profile.organisation.trim()) errors['profile.organisation'] = { code: FieldErrorCode.Required };
  if (profile.position === 'maslikhat_deputy' && !profile.maslikhatLevel) {
    errors['profile.maslikhatLevel'] = { code: FieldErrorCode.RequiredForDeputy };
  }
  if (profile.position !== 'maslikhat_deputy' && profile.maslikhatLevel) {
    errors['profile.maslikhatLevel'] = { code: FieldErrorCode.OnlyForDeputy };
  }
  return errors;
}

/**
 * A password is refused when it is short or trivially guessable: too few distinct characters,
 * or the email's name part.
 */
export function checkPassword(password: string, email?: string): FieldError | null {
  if (password.length < LIMITS.passwordMin) {
    return { code: FieldErrorCode.TooShort, params: { min: LIMITS.passwordMin } };
  }
  if (password.length > LIMITS.passwordMax) {
    return { code: FieldErrorCode.TooLong, params: { max: LIMITS.passwordMax } };
  }
  const distinct = new Set(password.toLowerCase()).size;
  const localPart = email ? normaliseEmail(email).split('@')[0] : undefined;
  if (distinct < 5 || (localPart && password.toLowerCase().includes(localPart) && localPart.length >= 4)) {
    return { code: FieldErrorCode.WeakPassword, params: { min: LIMITS.passwordMin } };
  }
  return null;
}
