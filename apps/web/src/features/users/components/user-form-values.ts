import {
  LIMITS,
  type CreateUserRequest,
  type LearnerProfile,
  type Locale,
  type MaslikhatLevel,
  type Position,
  type Role,
  type UpdateUserRequest,
  type UserResponse,
} from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';
import { checkEmail, checkLength, checkNewPassword, checkRequired } from '../../../lib/validation';

export interface UserFormValues {
  email: string;
  fullName: string;
  locale: Locale;
  roles: Role[];
  /** Only when creating; an existing user's password is reset separately. */
  password: string;
  position: Position | '';
  regionCode: string;
  maslikhatLevel: MaslikhatLevel | '';
  organisation: string;
  /** Empty for non-partisan. */
  partyCode: string;
  /** Empty for none; only sent for instructors. */
  providerId: string;
}

export type UserFormMode = 'create' | 'edit';

export function emptyUserFormValues(locale: Locale): UserFormValues {
  return {
    email: '',
    fullName: '',
    locale,
    roles: ['learner'],
    password: '',
    position: '',
    regionCode: '',
    maslikhatLevel: '',
    organisation: '',
    partyCode: '',
    providerId: '',
  };
}

export function userFormValuesOf(user: UserResponse): UserFormValues {
  return {
    email: user.email,
    fullName: user.fullName,
    locale: user.locale,
    roles: [...user.roles],
    password: '',
    position: user.profile?.position ?? '',
    regionCode: user.profile?.regionCode ?? '',
    maslikhatLevel: user.profile?.maslikhatLevel ?? '',
    organisation: user.profile?.organisation ?? '',
    partyCode: user.profile?.partyCode ?? '',
    providerId: user.providerId ?? '',
  };
}

export const isLearner = (values: UserFormValues) => values.roles.includes('learner');
export const isInstructor = (values: UserFormValues) => values.roles.includes('instructor');
export const isDeputy = (values: UserFormValues) => values.position === 'maslikhat_deputy';

/** Same rules and field paths as the API, so both kinds of error show in the same place. */
export function validateUserForm(values: UserFormValues, mode: UserFormMode): FieldErrors {
  const errors: FieldErrors = {};
  checkEmail(errors, 'email', values.email);
  checkLength(errors, 'email', values.email, 3, LIMITS.emailMax);
  checkRequired(errors, 'fullName', values.fullName);
  checkLength(errors, 'fullName', values.fullName, LIMITS.fullNameMin, LIMITS.fullNameMax);
  if (mode === 'create') checkNewPassword(errors, 'password', values.password);
  if (values.roles.length === 0) errors.roles = { code: 'required' };
  if (isLearner(values)) {
    checkRequired(errors, 'profile.position', values.position);
    checkRequired(errors, 'profile.regionCode', values.regionCode);
    if (isDeputy(values) && !values.maslikhatLevel) errors['profile.maslikhatLevel'] = { code: 'requiredForDeputy' };
    checkRequired(errors, 'profile.organisation', values.organisation);
    checkLength(errors, 'profile.organisation', values.organisation, 1, LIMITS.organisationMax);
  }
  return errors;
}

function profileOf(values: UserFormValues): LearnerProfile | null {
  if (!isLearner(values) || !values.position) return null;
  return {
    position: values.position,
    regionCode: values.regionCode,
    maslikhatLevel: isDeputy(values) && values.maslikhatLevel ? values.maslikhatLevel : null,
    organisation: values.organisation.trim(),
    partyCode: values.partyCode || null,
  };
}

/** The API refuses a provider for a user who is not an instructor, so a dropped role drops it too. */
function providerIdOf(values: UserFormValues): string | null {
  return isInstructor(values) && values.providerId ? values.providerId : null;
}

export function toCreateUserRequest(values: UserFormValues): CreateUserRequest {
  return {
    email: values.email.trim(),
    fullName: values.fullName.trim(),
    password: values.password,
    locale: values.locale,
    roles: values.roles,
    profile: profileOf(values),
    providerId: providerIdOf(values),
  };
}

export function toUpdateUserRequest(values: UserFormValues): UpdateUserRequest {
  return {
    email: values.email.trim(),
    fullName: values.fullName.trim(),
    locale: values.locale,
    roles: values.roles,
    profile: profileOf(values),
    providerId: providerIdOf(values),
  };
}
