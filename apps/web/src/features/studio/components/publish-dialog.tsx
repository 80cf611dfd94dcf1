import {
  COURSE_LIMITS,
  ErrorCode,
  FieldErrorCode,
  LOCALES,
  type Bilingual,
  type CourseDraftResponse,
  type Locale,
} from '@bilikti/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FormAlert } from '../../../components/ui/form-alert';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { paths } from '../../../lib/paths';
import { gapsOf } from '../api/studio-error';
import { usePublishCourse } from '../hooks/use-course-mutations';
import { BilingualField } from './bilingual-field';
import { ParityGapList } from './parity-gap-list';

/** The text areas get `${NOTE_ID}-kk` and `${NOTE_ID}-ru`. */
const NOTE_ID = 'publish-change-note';

interface PublishDialogProps {
  draft: CourseDraftResponse;
  onClose: () => void;
}

/**
 * A modal dialog: the browser's own <dialog> keeps focus inside and the page inert. Where
 * `showModal` is missing (old browsers, jsdom) it opens as a plain dialog.
 */
export function PublishDialog({ draft, onClose }: PublishDialogProps) {
  const { t } = useTranslation('studio');
  const errorMessage = useErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const publish = usePublishCourse(draft.id);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [changeNote, setChangeNote] = useState<Bilingual>({ kk: '', ru: '' });
  /** The languages left empty at the last attempt to publish. */
  const [missing, setMissing] = useState<Locale[]>([]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    document.getElementById(`${NOTE_ID}-${LOCALES[0]}`)?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  const published = publish.data;
  useEffect(() => {
    if (published) closeRef.current?.focus();
  }, [published]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note: Bilingual = { kk: changeNote.kk.trim(), ru: changeNote.ru.trim() };
    const empty = LOCALES.filter((locale) => !note[locale]);
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`${NOTE_ID}-${empty[0]}`)?.focus();
      return;
    }
    publish.mutate({ changeNote: note });
  };

  const gaps = gapsOf(publish.error);
  const serverErrors = fieldErrorsOf(publish.error);
  const noteError = (locale: Locale): string | undefined => {
    if (missing.length > 0) {
      return missing.includes(locale) ? fieldErrorMessage({ code: FieldErrorCode.Required }) : undefined;
    }
    const serverError = serverErrors[`changeNote.${locale}`];
    return serverError ? fieldErrorMessage(serverError) : undefined;
  };
  const hasServerNoteError = LOCALES.some((locale) => serverErrors[`changeNote.${locale}`]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="publish-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="publish-dialog-title">{t('publish.title')}</h2>
      {published ? (
        <>
          <p role="status" className="form-status">
            {t('publish.done', { number: published.number })}
          </p>
          <p>
            <Link to={paths.studioVersions(draft.id)}>{t('editor.links.versions')}</Link>
          </p>
          <div className="form__actions">
            <button ref={closeRef} type="button" className="button" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <p>
            {draft.publishedVersion
              ? t('publish.introUpdate', { number: draft.publishedVersion.number })
              : t('publish.introFirst')}
          </p>
          {publish.error && !hasServerNoteError ? (
            <FormAlert
              message={
                isApiError(publish.error, ErrorCode.CourseIncomplete)
                  ? t('publish.incomplete')
                  : errorMessage(publish.error)
              }
            />
          ) : null}
          {gaps.length > 0 && <ParityGapList gaps={gaps} draft={draft} onNavigate={onClose} />}
          <BilingualField
            id={NOTE_ID}
            multiline
            required
            labels={{ kk: t('publish.changeNote.kk'), ru: t('publish.changeNote.ru') }}
            hint={t('publish.changeNote.hint', { max: COURSE_LIMITS.changeNoteMax })}
            maxLength={COURSE_LIMITS.changeNoteMax}
            value={changeNote}
            onChange={(locale, text) => setChangeNote((current) => ({ ...current, [locale]: text }))}
            errors={{ kk: noteError('kk'), ru: noteError('ru') }}
          />
          <div className="form__actions">
            <button type="submit" className="button" disabled={publish.isPending}>
              {publish.isPending ? t('publish.publishing') : t('publish.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
