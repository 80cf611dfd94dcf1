import { LIMITS, LOCALES, MASLIKHAT_LEVELS, POSITIONS, ROLES } from '@bilikti/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { CheckboxGroup, RadioGroup } from '../../../components/ui/choice-group';
import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useFormErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { sortByName, useParties, useRegions } from '../../../lib/reference-data';
import { ProviderSelect } from './provider-select';
import {
  isDeputy,
  isInstructor,
  isLearner,
  validateUserForm,
  type UserFormMode,
  type UserFormValues,
} from './user-form-values';

const PROFILE_FIELDS = new Set<keyof UserFormValues>([
  'position',
  'regionCode',
  'maslikhatLevel',
  'organisation',
  'partyCode',
]);

interface UserFormProps {
  mode: UserFormMode;
  initialValues: UserFormValues;
  onSubmit: (values: UserFormValues) => void;
  isPending: boolean;
  /** The error of the last submission, with `fields` from a 422. */
  error: unknown;
}

export function UserForm({ mode, initialValues, onSubmit, isPending, error }: UserFormProps) {
  const { t, i18n } = useTranslation(['users', 'common', 'errors']);
  const locale = currentLocale(i18n);
  const regions = useRegions();
  const parties = useParties();
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on each submit refused here; editing a field must not pull focus away.
  const [refusals, setRefusals] = useState(0);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, error);
  const [submittedOnce, setSubmittedOnce] = useState(false);

  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // A corrected field stops showing its old error; the rest stay until the next submit.
    const path = PROFILE_FIELDS.has(key) ? `profile.${key}` : key;
    setClientErrors((current) => {
      if (!(path in current)) return current;
      const rest = { ...current };
      delete rest[path];
      return rest;
    });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateUserForm(values, mode);
    setClientErrors(errors);
    setSubmittedOnce(true);
    if (Object.keys(errors).length === 0) onSubmit(values);
    else setRefusals((count) => count + 1);
  };

  // Client errors are only fresh after a submit that never reached the server.
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(error);
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);
  const formError = formErrorMessage(hasClientErrors, submittedOnce ? error : null);
  const id = (field: string) => `user-${mode}-${field}`;

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      <FormAlert message={formError} />
      <fieldset className="form__section">
        <legend>{t('form.sections.account')}</legend>
        <TextField
          id={id('email')}
          type="email"
          label={t('form.fields.email.label')}
          autoComplete="off"
          inputMode="email"
          required
          maxLength={LIMITS.emailMax}
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
          error={fieldError('email')}
        />
        <TextField
          id={id('full-name')}
          label={t('form.fields.fullName.label')}
          hint={t('form.fields.fullName.hint')}
          autoComplete="off"
          required
          maxLength={LIMITS.fullNameMax}
          value={values.fullName}
          onChange={(event) => set('fullName', event.target.value)}
          error={fieldError('fullName')}
        />
        {mode === 'create' && (
          <TextField
            id={id('password')}
            type="password"
            label={t('form.fields.password.label')}
            hint={t('form.fields.password.hint', { min: LIMITS.passwordMin })}
            autoComplete="new-password"
            required
            value={values.password}
            onChange={(event) => set('password', event.target.value)}
            error={fieldError('password')}
          />
        )}
        <RadioGroup
          id={id('locale')}
          legend={t('form.fields.locale.label')}
          choices={LOCALES.map((value) => ({ value, label: t(`common:language.names.${value}`), lang: value }))}
          value={values.locale}
          onChange={(value) => set('locale', value)}
          error={fieldError('locale')}
        />
      </fieldset>

      <CheckboxGroup
        id={id('roles')}
        legend={t('form.fields.roles.label')}
        choices={ROLES.map((value) => ({ value, label: t(`common:roles.${value}`) }))}
        values={values.roles}
        onChange={(roles) => set('roles', roles)}
        error={fieldError('roles')}
      />

      {isInstructor(values) && (
        <ProviderSelect
          id={id('provider')}
          value={values.providerId}
          onChange={(providerId) => set('providerId', providerId)}
          error={fieldError('providerId')}
        />
      )}

      {isLearner(values) && (
        <fieldset
          className="form__section"
          aria-describedby={fieldErrors.profile ? `${id('profile')}-error` : undefined}
        >
          <legend>{t('form.sections.work')}</legend>
          {fieldErrors.profile && (
            <p id={`${id('profile')}-error`} className="field__error">
              {fieldError('profile')}
            </p>
          )}
          <SelectField
            id={id('position')}
            label={t('form.fields.position.label')}
            required
            value={values.position}
            onChange={(event) => set('position', event.target.value as UserFormValues['position'])}
            error={fieldError('profile.position')}
          >
            <option value="">{t('form.fields.position.placeholder')}</option>
            {POSITIONS.map((position) => (
              <option key={position} value={position}>
                {t(`common:positions.${position}`)}
              </option>
            ))}
          </SelectField>
          {isDeputy(values) && (
            <SelectField
              id={id('maslikhat-level')}
              label={t('form.fields.maslikhatLevel.label')}
              required
              value={values.maslikhatLevel}
              onChange={(event) => set('maslikhatLevel', event.target.value as UserFormValues['maslikhatLevel'])}
              error={fieldError('profile.maslikhatLevel')}
            >
              <option value="">{t('form.fields.maslikhatLevel.placeholder')}</option>
              {MASLIKHAT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`common:maslikhatLevels.${level}`)}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            id={id('region')}
            label={t('form.fields.region.label')}
            required
            value={values.regionCode}
            onChange={(event) => set('regionCode', event.target.value)}
            error={fieldError('profile.regionCode')}
          >
            <option value="">{t('form.fields.region.placeholder')}</option>
            {sortByName(regions.data ?? [], locale).map((region) => (
              <option key={region.code} value={region.code}>
                {region.name[locale]}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id('organisation')}
            label={t('form.fields.organisation.label')}
            hint={t('form.fields.organisation.hint')}
            required
            maxLength={LIMITS.organisationMax}
            value={values.organisation}
            onChange={(event) => set('organisation', event.target.value)}
            error={fieldError('profile.organisation')}
          />
          <SelectField
            id={id('party')}
            label={t('form.fields.party.label')}
            value={values.partyCode}
            onChange={(event) => set('partyCode', event.target.value)}
            error={fieldError('profile.partyCode')}
          >
            <option value="">{t('common:profile.nonPartisan')}</option>
            {sortByName(parties.data ?? [], locale).map((party) => (
              <option key={party.code} value={party.code}>
                {party.name[locale]}
              </option>
            ))}
          </SelectField>
        </fieldset>
      )}

      <div className="form__actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending
            ? t('common:actions.saving')
            : mode === 'create'
              ? t('form.actions.create')
              : t('common:actions.save')}
        </button>
      </div>
    </form>
  );
}
