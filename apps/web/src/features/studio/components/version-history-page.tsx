import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCourseDraft } from '../hooks/use-course-draft';
import { useCourseVersions } from '../hooks/use-course-versions';
import { pickText } from './localized-text';
import './studio.css';

export function VersionHistoryPage() {
  const { t, i18n } = useTranslation('studio');
  const locale = currentLocale(i18n);
  useDocumentTitle(t('versions.title'));
  const { courseId = '' } = useParams();
  const versions = useCourseVersions(courseId);
  const course = useCourseDraft(courseId);
  const courseTitle = course.data ? pickText(course.data.title, locale) : null;

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={paths.studioCourse(courseId)}>{t('common.backToCourse')}</Link>
      </p>
      <h1>{t('versions.title')}</h1>
      {courseTitle && (
        <p className="lead" lang={courseTitle.lang}>
          {courseTitle.text}
        </p>
      )}
      {versions.isPending ? (
        <LoadingState />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <p className="empty-state">{t('versions.empty')}</p>
      ) : (
        // Newest first, as the API sends them.
        <ol className="versions" reversed aria-label={t('versions.listLabel')}>
          {versions.data.map((version) => {
            const note = pickLocalized(version.changeNote, locale);
            return (
              <li key={version.id} className="card versions__item">
                <h2>{t('versions.number', { number: version.number })}</h2>
                <dl className="details details--inline">
                  <div>
                    <dt>{t('versions.publishedAt')}</dt>
                    <dd>
                      <time dateTime={version.publishedAt}>{formatDateTime(version.publishedAt)}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('versions.publishedBy')}</dt>
                    <dd>{version.publishedBy.fullName}</dd>
                  </div>
                </dl>
                <h3 className="versions__note-title">{t('versions.changeNote')}</h3>
                <p className="versions__note" lang={langAttribute(note.lang, locale)}>
                  {note.text}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
