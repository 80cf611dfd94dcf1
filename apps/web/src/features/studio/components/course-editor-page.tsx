import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCourseDraft } from '../hooks/use-course-draft';
import { AuthorsPanel } from './authors-panel';
import { CourseDangerZone } from './course-danger-zone';
import { CourseDetailsForm } from './course-details-form';
import { CourseOutline } from './course-outline';
import { pickText } from './localized-text';
import { ParityMeter } from './parity-meter';
import { PublishDialog } from './publish-dialog';
import './studio.css';

/** What the new-course page tells the editor it opens. */
export interface CourseEditorState {
  created?: boolean;
}

export function CourseEditorPage() {
  const { t, i18n } = useTranslation(['studio', 'courses']);
  const locale = currentLocale(i18n);
  const { courseId = '' } = useParams();
  const location = useLocation();
  const justCreated = (location.state as CourseEditorState | null)?.created === true;
  const draft = useCourseDraft(courseId);
  const [publishing, setPublishing] = useState(false);
  const publishButtonRef = useRef<HTMLButtonElement>(null);
  const title = draft.data ? pickText(draft.data.title, locale) : null;
  useDocumentTitle(title?.text ?? t('editor.title'));

  const reload = async () => (await draft.refetch()).data;

  return (
    <div className="page studio-editor">
      <p className="breadcrumb">
        <Link to={paths.studio}>{t('common.backToList')}</Link>
      </p>
      {draft.isPending ? (
        <>
          <h1>{t('editor.title')}</h1>
          <LoadingState />
        </>
      ) : draft.isError && !draft.data ? (
        <>
          <h1>{t('editor.title')}</h1>
          <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />
        </>
      ) : (
        <>
          <div className="page-heading">
            <h1 lang={title?.lang}>{title?.text ?? t('common.untitledCourse')}</h1>
            <div className="form__actions">
              <Link to={paths.studioPreview(courseId)} className="button button--secondary">
                {t('editor.links.preview')}
              </Link>
              <Link to={paths.studioVersions(courseId)} className="button button--secondary">
                {t('editor.links.versions')}
              </Link>
              <Link to={paths.studioQuestions(courseId)} className="button button--secondary">
                {t('questions.link')}
              </Link>
              <button
                ref={publishButtonRef}
                type="button"
                className="button"
                aria-haspopup="dialog"
                onClick={() => setPublishing(true)}
              >
                {t('editor.actions.publish')}
              </button>
            </div>
          </div>
          <ul className="badges" aria-label={t('editor.stateLabel')}>
            <li className="studio-code">{draft.data.code}</li>
            <li className={`badge badge--${draft.data.status}`}>{t(`courses:statuses.${draft.data.status}`)}</li>
            {draft.data.publishedVersion && (
              <li className="badge">{t('editor.publishedVersion', { number: draft.data.publishedVersion.number })}</li>
            )}
            {draft.data.publishedVersion && draft.data.hasUnpublishedChanges && (
              <li className="badge badge--changes">{t('list.badges.unpublishedChanges')}</li>
            )}
          </ul>
          <FormStatus message={justCreated ? t('create.done') : null} />
          <div className="studio-editor__layout">
            <ParityMeter draft={draft.data} />
            <div className="studio-editor__main">
              <CourseDetailsForm key={draft.data.id} draft={draft.data} reload={reload} />
              <CourseOutline draft={draft.data} />
              {draft.data.canManageAuthors && <AuthorsPanel draft={draft.data} />}
              {draft.data.canManageAuthors && <CourseDangerZone draft={draft.data} />}
            </div>
          </div>
          {publishing && (
            <PublishDialog
              draft={draft.data}
              onClose={() => {
                setPublishing(false);
                publishButtonRef.current?.focus();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
