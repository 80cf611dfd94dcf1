import { COURSE_LIMITS, LIMITS, type CourseDraftResponse } from '@bilikti/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { checkEmail } from '../../../lib/validation';
import { useCourseAuthors } from '../hooks/use-course-mutations';

const EMAIL_ID = 'course-author-email';

interface AuthorsPanelProps {
  draft: CourseDraftResponse;
}

/** The owner (or an admin) adds instructors as co-authors by email and removes them. */
export function AuthorsPanel({ draft }: AuthorsPanelProps) {
  const { t } = useTranslation('studio');
  const errorMessage = useErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const { add, remove } = useCourseAuthors(draft.id);
  const [email, setEmail] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const focusEmail = () => document.getElementById(EMAIL_ID)?.focus();
  const full = draft.authors.length >= COURSE_LIMITS.authorsMax;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    remove.reset();
    const errors: FieldErrors = {};
    checkEmail(errors, 'email', email);
    setClientErrors(errors);
    if (errors.email) {
      focusEmail();
      return;
    }
    add.mutate(email.trim(), {
      onSuccess: () => {
        setStatus(t('authors.added', { email: email.trim() }));
        setEmail('');
      },
      onError: () => focusEmail(),
    });
  };

  const onRemove = (userId: string, name: string) => {
    if (!window.confirm(t('authors.confirmRemove', { name }))) return;
    setStatus(null);
    add.reset();
    remove.mutate(userId, {
      onSuccess: () => {
        setStatus(t('authors.removed', { name }));
        focusEmail();
      },
    });
  };

  const emailError = clientErrors.email ?? fieldErrorsOf(add.error).email;
  const addError = add.error && !fieldErrorsOf(add.error).email ? errorMessage(add.error) : null;

  return (
    <section className="card" aria-labelledby="course-authors-title">
      <h2 id="course-authors-title">{t('authors.title')}</h2>
      <FormAlert message={remove.error ? errorMessage(remove.error) : addError} />
      <ul className="authors">
        {draft.authors.map((author) => (
          <li key={author.id} className="authors__item">
            <span>
              <strong>{author.fullName}</strong>
              <span className="table__secondary">{author.email}</span>
            </span>
            <span className="badge">{t(`authors.roles.${author.role}`)}</span>
            {author.role !== 'owner' && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={remove.isPending}
                onClick={() => onRemove(author.id, author.fullName)}
                aria-label={t('authors.remove', { name: author.fullName })}
              >
                {t('common.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {full ? (
        <p className="field__hint">{t('authors.full', { max: COURSE_LIMITS.authorsMax })}</p>
      ) : (
        <form className="form authors__form" noValidate onSubmit={onSubmit}>
          <TextField
            id={EMAIL_ID}
            type="email"
            inputMode="email"
            autoComplete="off"
            label={t('authors.email.label')}
            hint={t('authors.email.hint')}
            maxLength={LIMITS.emailMax}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={emailError ? fieldErrorMessage(emailError) : undefined}
          />
          <div className="form__actions">
            <button type="submit" className="button button--small" disabled={add.isPending}>
              {t('authors.add')}
            </button>
          </div>
        </form>
      )}
      <FormStatus message={status} />
    </section>
  );
}
