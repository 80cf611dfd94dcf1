import { isLocale, LOCALES, type CourseDraftResponse, type Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { LessonContentView } from '../../../components/content/lesson-content';
import { RadioGroup } from '../../../components/ui/choice-group';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCourseDraft } from '../hooks/use-course-draft';
import { pickText } from './localized-text';
import './studio.css';

/**
 * The draft as a learner of one language would see it: no fallback to the other language, so
 * what is missing shows as missing. The language and the open lesson live in the address.
 */
export function CoursePreviewPage() {
  const { t, i18n } = useTranslation(['studio', 'courses', 'common']);
  const uiLocale = currentLocale(i18n);
  const { courseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('lang');
  const contentLocale: Locale = isLocale(requested) ? requested : uiLocale;
  const draft = useCourseDraft(courseId);
  const title = draft.data ? pickText(draft.data.title, uiLocale) : null;
  useDocumentTitle(t('preview.documentTitle', { course: title?.text ?? t('common.untitledCourse') }));

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={paths.studioCourse(courseId)}>{t('common.backToCourse')}</Link>
      </p>
      <div className="preview-banner" role="note">
        <strong>{t('preview.banner')}</strong> {t('preview.bannerHint')}
      </div>
      {draft.isPending ? (
        <>
          <h1>{t('preview.title')}</h1>
          <LoadingState />
        </>
      ) : draft.isError && !draft.data ? (
        <>
          <h1>{t('preview.title')}</h1>
          <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />
        </>
      ) : (
        <>
          <RadioGroup
            id="preview-language"
            legend={t('preview.language')}
            // Each language named in itself, so a reader of either finds theirs.
            choices={LOCALES.map((value) => ({ value, label: t(`common:language.names.${value}`), lang: value }))}
            value={contentLocale}
            onChange={(lang) => update({ lang })}
          />
          <PreviewBody
            draft={draft.data}
            locale={contentLocale}
            lessonId={params.get('lesson')}
            onOpenLesson={(lesson) => update({ lesson })}
          />
        </>
      )}
    </div>
  );
}

interface PreviewBodyProps {
  draft: CourseDraftResponse;
  locale: Locale;
  lessonId: string | null;
  onOpenLesson: (lessonId: string) => void;
}

function PreviewBody({ draft, locale, lessonId, onOpenLesson }: PreviewBodyProps) {
  const { t } = useTranslation(['studio', 'courses']);
  const lessons = draft.modules.flatMap((module) => module.lessons);
  const lesson = lessons.find((item) => item.id === lessonId) ?? lessons[0];
  const missing = <em className="preview-missing">{t('preview.missing')}</em>;

  return (
    <div className="preview">
      <header className="preview__header">
        <h1 lang={locale}>{draft.title[locale].trim() || missing}</h1>
        <p className="lead" lang={locale}>
          {draft.summary[locale].trim() || missing}
        </p>
        <ul className="tags">
          <li className="tag">{t('courses:academicHours', { count: draft.academicHours })}</li>
          <li className="tag">{t(`courses:audiences.${draft.audience}`)}</li>
          {draft.topics.map((topic) => (
            <li key={topic} className="tag">
              {t(`courses:topics.${topic}`)}
            </li>
          ))}
        </ul>
      </header>
      <div className="preview__layout">
        <nav className="preview__syllabus" aria-labelledby="preview-syllabus-title">
          <h2 id="preview-syllabus-title">{t('preview.syllabus')}</h2>
          {draft.modules.length === 0 ? (
            <p className="field__hint">{t('outline.noModules')}</p>
          ) : (
            <ol className="preview__modules">
              {draft.modules.map((module) => (
                <li key={module.id}>
                  <h3 lang={locale}>{module.title[locale].trim() || missing}</h3>
                  <ol className="preview__lessons">
                    {module.lessons.map((item) => (
                      <li key={item.id}>
                        <button
                          type="button"
                          className="link-button"
                          aria-current={item.id === lesson?.id ? 'true' : undefined}
                          onClick={() => {
                            onOpenLesson(item.id);
                            document.getElementById('preview-lesson')?.focus();
                          }}
                        >
                          <span lang={locale}>{item.title[locale].trim() || t('preview.missing')}</span>
                          <span className="visually-hidden"> ({t(`courses:lessonTypes.${item.type}`)})</span>
                        </button>
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          )}
        </nav>
        <section id="preview-lesson" className="card preview__lesson" tabIndex={-1} aria-label={t('preview.lesson')}>
          {lesson ? (
            <>
              <LessonContentView
                type={lesson.type}
                title={lesson.title[locale].trim() || t('preview.missing')}
                content={lesson.content[locale]}
                media={lesson.media}
                locale={locale}
                durationMinutes={lesson.durationMinutes}
                headingLevel={2}
              />
              {!lesson.content[locale].body.trim() &&
                !lesson.content[locale].mediaId &&
                !lesson.content[locale].externalUrl && <p className="preview-missing">{t('preview.noContent')}</p>}
              <p>
                <Link to={paths.studioLesson(draft.id, lesson.id)}>{t('preview.editLesson')}</Link>
              </p>
            </>
          ) : (
            <p className="empty-state">{t('preview.noLessons')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
