import { ApiPath, MEDIA_CONTENT_TYPES, type MediaKind, type MediaResponse } from '@bilikti/contracts';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorMessage } from '../../../lib/error-message';
import { formatMegabytes, useMediaUpload } from '../hooks/use-media-upload';

/** What the field knows about the file it holds: the id always, the name when the API told it. */
export interface CurrentMedia {
  id: string;
  originalName?: string;
  sizeBytes?: number;
  url?: string;
}

interface MediaUploadFieldProps {
  id: string;
  label: string;
  kind: MediaKind;
  courseId: string;
  current: CurrentMedia | null;
  onChange: (media: MediaResponse | null) => void;
  /** An error of this field from the last save. */
  error?: string;
}

/**
 * Choose a file and it uploads at once, with a progress bar and a way to cancel; the parent keeps
 * the new media id until the form is saved.
 */
export function MediaUploadField({ id, label, kind, courseId, current, onChange, error }: MediaUploadFieldProps) {
  const { t } = useTranslation('studio');
  const errorMessage = useErrorMessage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploadedName, setUploadedName] = useState<string | null>(null);
  const onUploaded = useCallback(
    (media: MediaResponse) => {
      setUploadedName(media.originalName);
      onChange(media);
    },
    [onChange],
  );
  const upload = useMediaUpload({ kind, courseId, onUploaded });
  const uploadError = upload.error ? errorMessage(upload.error) : null;
  const shownError = uploadError ?? error;
  const hint =
    upload.limit !== undefined
      ? t(`media.hint.${kind}`, { maxMegabytes: formatMegabytes(upload.limit) })
      : t(`media.hintNoLimit.${kind}`);

  return (
    <div className="field media-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {current && (
        <div className="media-field__current">
          {kind === 'image' && (
            <img className="media-field__preview" src={current.url ?? ApiPath.mediaFile(current.id)} alt="" />
          )}
          <span>
            {t('media.current', { name: current.originalName ?? t('media.unnamed') })}
            {current.sizeBytes !== undefined &&
              ` (${t('media.size', { megabytes: formatMegabytes(current.sizeBytes) })})`}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setUploadedName(null);
              onChange(null);
            }}
            disabled={upload.uploading}
          >
            {t('media.actions.remove')}
          </button>
        </div>
      )}
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={MEDIA_CONTENT_TYPES[kind].join(',')}
        aria-describedby={[`${id}-hint`, shownError ? `${id}-error` : ''].filter(Boolean).join(' ')}
        aria-invalid={shownError ? true : undefined}
        disabled={upload.uploading}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) {
            setUploadedName(null);
            upload.start(file);
          }
          // The same file can be chosen again after an error.
          event.target.value = '';
        }}
      />
      {upload.uploading && (
        <div className="media-field__progress">
          <label htmlFor={`${id}-progress`}>{t('media.uploading', { percent: upload.progress ?? 0 })}</label>
          <progress id={`${id}-progress`} value={upload.progress ?? 0} max={100} />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              upload.cancel();
              inputRef.current?.focus();
            }}
          >
            {t('media.actions.cancel')}
          </button>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {upload.uploading ? t('media.started') : uploadedName ? t('media.done', { name: uploadedName }) : ''}
      </p>
      {shownError && (
        <p id={`${id}-error`} className="field__error" role={uploadError ? 'alert' : undefined}>
          {shownError}
        </p>
      )}
    </div>
  );
}
