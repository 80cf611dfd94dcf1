import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { langAttribute, otherLocale, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { paths } from '../../../lib/paths';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { SaveBlock } from '../api/answer-sync';
import { useAttempt } from '../hooks/use-attempt';
import { useContentLocale } from '../../../lib/use-content-locale';
import { AttemptReview } from './attempt-review';
import { AttemptRunner } from './attempt-runner';
import '../assessment-texts';
import './assessment.css';

/** `/attempts/:attemptId`: the attempt while it is open, and its result once it is closed. */
export function AttemptPage() {
  const { t } = useTranslation('assessment');
  const { attemptId = '' } = useParams();
  const me = useCurrentUser();
  const attempt = useAttempt(attemptId);
  const { contentLocale, uiLocale, setContentLocale, search } = useContentLocale();
  const [endNotice, setEndNotice] = useState<SaveBlock | null>(null);
  const { data } = attempt;
  const title = data ? pickLocalized(data.lessonTitle, contentLocale) : null;
  useDocumentTitle(title?.text ?? t('attempt.loadingTitle'));
  const other = otherLocale(contentLocale);

  let body;
  if (data) {
    body =
      data.status === 'in_progress' ? (
        <AttemptRunner
          key={data.id}
          attempt={data}
          clockOffsetMs={attempt.clockOffsetMs}
          contentLocale={contentLocale}
          userId={me.id}
          onBlocked={setEndNotice}
        />
      ) : (
        <AttemptReview attempt={data} contentLocale={contentLocale} endNotice={endNotice} />
      );
  } else if (attempt.isError) {
    body = <ErrorState error={attempt.error} onRetry={() => void attempt.refetch()} />;
  } else {
    body = <LoadingState />;
  }

  return (
    <div className="page attempt-page">
      {data && (
        <p className="breadcrumb">
          <Link to={`${paths.courseLesson(data.courseId, data.lessonId)}${search}`}>{t('attempt.backToLesson')}</Link>
        </p>
      )}
      <header className="attempt-header">
        <h1 lang={title ? langAttribute(title.lang, uiLocale) : undefined}>
          {title?.text ?? t('attempt.loadingTitle')}
        </h1>
        {data && (
          <div className="attempt-header__language" role="group" aria-label={t('attempt.contentLanguage.label')}>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setContentLocale(other)}
            >
              {t(`attempt.contentLanguage.switchTo.${other}`)}
            </button>
          </div>
        )}
      </header>
      {body}
    </div>
  );
}
