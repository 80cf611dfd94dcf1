import type { LessonContent, LessonType, Locale, MediaResponse } from '@bilikti/contracts';
import { useId, useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { useFileSize } from './file-size';
import { LessonTypeIcon } from './lesson-type-icon';
import { sanitizeLessonHtml } from './sanitize-html';
import { useMediaQuery } from './use-media-query';
import './lesson-content.css';

export interface LessonContentViewProps {
  type: LessonType;
  /** The lesson's title in `locale`. */
  title: string;
  /** One language of the lesson. */
  content: LessonContent;
  /** The files the lesson refers to; `content.mediaId` is looked up here. */
  media: MediaResponse[];
  /** The language of `title` and `content`, set as their `lang` (the labels stay in the interface language). */
  locale: Locale;
  durationMinutes?: number | null;
  /** The lesson page uses 1; a preview inside another page can go lower. */
  headingLevel?: 1 | 2 | 3;
  /** The uploaded video's element, for a player that follows playback. */
  videoRef?: Ref<HTMLVideoElement>;
  /** Shows a PDF inside the page on wide screens, besides the links to open and download it. */
  pdfViewer?: boolean;
  /**
   * What an assessment lesson offers after its instructions: the quiz panel in the player. Without
   * it (the studio's preview) a note stands in its place.
   */
  assessment?: ReactNode;
}

/**
 * One lesson as a learner sees it. Plain props and no fetching, so the course studio shows its
 * preview with the very same component.
 */
export function LessonContentView({
  type,
  title,
  content,
  media,
  locale,
  durationMinutes = null,
  headingLevel = 1,
  videoRef,
  pdfViewer = false,
  assessment,
}: LessonContentViewProps) {
  const { t } = useTranslation('courses');
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const file = content.mediaId ? media.find((item) => item.id === content.mediaId) : undefined;
  const body = content.body.trim() ? <LessonBody html={content.body} locale={locale} /> : null;

  return (
    <article className="lesson-content" aria-labelledby={headingId}>
      <header className="lesson-content__header">
        <p className="lesson-content__type">
          <LessonTypeIcon type={type} />
          <span>{t(`lessonTypes.${type}`)}</span>
          {durationMinutes ? <span>{t('minutes', { count: durationMinutes })}</span> : null}
        </p>
        <Heading id={headingId} lang={locale} className="lesson-content__title">
          {title}
        </Heading>
      </header>
      {type === 'video' && (
        <>
          <VideoBlock file={file} externalUrl={content.externalUrl} labelledBy={headingId} videoRef={videoRef} />
          {body}
        </>
      )}
      {type === 'document' && (
        <>
          {body}
          <DocumentBlock file={file} viewer={pdfViewer} />
        </>
      )}
      {type === 'assessment' &&
        (assessment === undefined ? (
          <>
            <p className="lesson-content__note">{t('content.assessmentLater')}</p>
            {body}
          </>
        ) : (
          <>
            {body}
            {assessment}
          </>
        ))}
      {type === 'text' && body}
    </article>
  );
}

function LessonBody({ html, locale }: { html: string; locale: Locale }) {
  const clean = useMemo(() => sanitizeLessonHtml(html), [html]);
  return <div className="lesson-content__body" lang={locale} dangerouslySetInnerHTML={{ __html: clean }} />;
}

/** Only web addresses may become a link; anything else is treated as no link at all. */
function webAddress(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

interface VideoBlockProps {
  file: MediaResponse | undefined;
  externalUrl: string | null;
  labelledBy: string;
  videoRef?: Ref<HTMLVideoElement>;
}

function VideoBlock({ file, externalUrl, labelledBy, videoRef }: VideoBlockProps) {
  const { t } = useTranslation('courses');
  const fileSize = useFileSize();
  const external = webAddress(externalUrl);

  if (file) {
    return (
      <div className="lesson-video">
        {/* preload="metadata": nothing but the first bytes until the learner presses play. */}
        <video
          ref={videoRef}
          className="lesson-video__player"
          controls
          preload="metadata"
          playsInline
          aria-labelledby={labelledBy}
        >
          <source src={file.url} type={file.contentType} />
          <p>{t('content.noVideoSupport')}</p>
        </video>
        <p className="lesson-video__download">
          <a href={file.url} download={file.originalName}>
            {t('content.downloadVideo', { size: fileSize(file.sizeBytes) })}
          </a>
        </p>
      </div>
    );
  }
  if (external) {
    // A link out, never an embedded player: the app's CSP allows no third-party frames.
    return (
      <div className="lesson-file">
        <p className="lesson-file__name">{t('content.externalVideo')}</p>
        <p className="lesson-file__hint">{t('content.externalVideoHint', { host: external.hostname })}</p>
        <div className="lesson-file__actions">
          <a className="button" href={external.href} target="_blank" rel="noopener noreferrer">
            {t('content.watchExternal')} <span className="visually-hidden">{t('content.opensInNewTab')}</span>
          </a>
        </div>
      </div>
    );
  }
  return <p className="lesson-content__note">{t('content.mediaMissing')}</p>;
}

/** Wide enough to read a PDF page inside the lesson; on a phone the device's own viewer does better. */
const WIDE_SCREEN = '(min-width: 48rem)';

function DocumentBlock({ file, viewer }: { file: MediaResponse | undefined; viewer: boolean }) {
  const { t } = useTranslation('courses');
  const fileSize = useFileSize();
  const wide = useMediaQuery(WIDE_SCREEN);
  if (!file) return <p className="lesson-content__note">{t('content.mediaMissing')}</p>;

  return (
    <div className="lesson-file">
      {/* Rendered only on wide screens: a hidden frame would still download the whole file. Chrome's
          viewer stays blank in a frame if the PDF response itself carries `object-src 'none'`. */}
      {viewer && wide && (
        <iframe
          className="lesson-file__viewer"
          src={file.url}
          title={t('content.pdfViewer', { name: file.originalName })}
        />
      )}
      <p className="lesson-file__name">
        <LessonTypeIcon type="document" />
        <span>{file.originalName}</span>
      </p>
      <p className="lesson-file__hint">{t('content.pdfHint')}</p>
      <div className="lesson-file__actions">
        <a className="button" href={file.url} target="_blank" rel="noopener noreferrer">
          {t('content.openPdf')} <span className="visually-hidden">{t('content.opensInNewTab')}</span>
        </a>
        <a className="button button--secondary" href={file.url} download={file.originalName}>
          {t('content.download', { size: fileSize(file.sizeBytes) })}
        </a>
      </div>
    </div>
  );
}
