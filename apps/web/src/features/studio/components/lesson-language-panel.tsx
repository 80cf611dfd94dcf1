import { COURSE_LIMITS, type LessonType, type Locale, type MediaResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import type { LessonLanguageValues } from './lesson-form-values';
import { MediaUploadField, type CurrentMedia } from './media-upload-field';
import { RichTextField } from './rich-text-field';

interface LessonLanguagePanelProps {
  locale: Locale;
  type: LessonType;
  courseId: string;
  values: LessonLanguageValues;
  onChange: (update: Partial<LessonLanguageValues>) => void;
  /** Files the form knows by id, to show their names. */
  mediaById: (id: string) => CurrentMedia;
  onUploaded: (media: MediaResponse) => void;
  fieldError: (field: string) => string | undefined;
  needsReview: boolean;
  onConfirmReview: () => void;
  confirming: boolean;
}

/** What the body is to learners: the lesson itself, a description of its file, or a quiz's instructions. */
function bodyRole(type: LessonType): 'text' | 'description' | 'instructions' {
  if (type === 'text') return 'text';
  return type === 'assessment' ? 'instructions' : 'description';
}

/** One language of the lesson's content; the page shows the two side by side. */
export function LessonLanguagePanel({
  locale,
  type,
  courseId,
  values,
  onChange,
  mediaById,
  onUploaded,
  fieldError,
  needsReview,
  onConfirmReview,
  confirming,
}: LessonLanguagePanelProps) {
  const { t } = useTranslation('studio');
  const id = (field: string) => `lesson-${field}-${locale}`;
  const error = (field: string) => fieldError(`content.${locale}.${field}`);

  return (
    <section className="lesson-language" aria-labelledby={id('heading')}>
      <h2 id={id('heading')} tabIndex={-1}>
        {t(`lesson.content.heading.${locale}`)}
      </h2>
      {needsReview && (
        <div className="review-banner" role="note" aria-labelledby={id('review')}>
          <p id={id('review')}>{t(`lesson.review.text.${locale}`)}</p>
          <button type="button" className="button button--small" onClick={onConfirmReview} disabled={confirming}>
            {t(`lesson.review.confirm.${locale}`)}
          </button>
        </div>
      )}
      {type === 'video' && (
        <>
          <RadioGroup
            id={id('video-source')}
            legend={t(`lesson.video.source.${locale}`)}
            choices={[
              { value: 'upload', label: t('lesson.video.upload') },
              { value: 'link', label: t('lesson.video.link') },
            ]}
            value={values.videoSource}
            onChange={(videoSource) => onChange({ videoSource })}
          />
          {values.videoSource === 'upload' ? (
            <MediaUploadField
              id={id('video')}
              label={t(`lesson.video.file.${locale}`)}
              kind="video"
              courseId={courseId}
              current={values.mediaId ? mediaById(values.mediaId) : null}
              onChange={(media) => {
                if (media) onUploaded(media);
                onChange({ mediaId: media?.id ?? null });
              }}
              error={error('mediaId')}
            />
          ) : (
            <TextField
              id={id('external-url')}
              type="url"
              inputMode="url"
              lang={locale}
              label={t(`lesson.video.url.${locale}`)}
              hint={t('lesson.video.urlHint')}
              maxLength={COURSE_LIMITS.externalUrlMax}
              placeholder="https://"
              value={values.externalUrl}
              onChange={(event) => onChange({ externalUrl: event.target.value })}
              error={error('externalUrl')}
            />
          )}
        </>
      )}
      {type === 'document' && (
        <MediaUploadField
          id={id('document')}
          label={t(`lesson.document.file.${locale}`)}
          kind="pdf"
          courseId={courseId}
          current={values.mediaId ? mediaById(values.mediaId) : null}
          onChange={(media) => {
            if (media) onUploaded(media);
            onChange({ mediaId: media?.id ?? null });
          }}
          error={error('mediaId')}
        />
      )}
      <RichTextField
        id={id('body')}
        label={t(`lesson.body.${bodyRole(type)}.${locale}`)}
        hint={type === 'assessment' ? t('lesson.body.instructionsHint') : undefined}
        value={values.body}
        onChange={(body) => onChange({ body })}
        lang={locale}
        error={error('body')}
      />
    </section>
  );
}
