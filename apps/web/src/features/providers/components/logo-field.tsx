import { ApiPath, ErrorCode, MEDIA_CONTENT_TYPES } from '@bilikti/contracts';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { describedBy } from '../../../components/ui/field-a11y';
import { FieldError, FieldHint } from '../../../components/ui/field-messages';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/error-message';
import type { useLogoUpload } from '../hooks/use-logo-upload';
import { useMediaLimits } from '../hooks/use-media-limits';

const IMAGE_TYPES = MEDIA_CONTENT_TYPES.image;
const BYTES_PER_MEGABYTE = 1024 * 1024;

/** "2", "0,5": at most one decimal, with the decimal comma both languages use. */
function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / BYTES_PER_MEGABYTE) * 10) / 10).replace('.', ',');
}

interface LogoFieldProps {
  id: string;
  /** The uploaded logo's media id. */
  value: string | null;
  onChange: (mediaId: string | null) => void;
  upload: ReturnType<typeof useLogoUpload>;
  /** The API's error for `logoMediaId` after saving the form. */
  error?: string;
}

/**
 * Uploads the chosen image at once, so saving the form only sends its id. Type and size are
 * checked here first: refusing a 20 MB photo before sending it saves a rural connection minutes.
 */
export function LogoField({ id, value, onChange, upload, error }: LogoFieldProps) {
  const { t } = useTranslation(['providers', 'errors']);
  const errorMessage = useErrorMessage();
  const limits = useMediaLimits();
  const maxBytes = limits.data?.image;
  const [fileError, setFileError] = useState<string | null>(null);
  const { mutation, progress, cancel } = upload;

  const tooLarge = (maxMegabytes: string | number | null) =>
    maxMegabytes === null ? t('errors:request.tooLarge') : t('errors:media.tooLarge', { maxMegabytes });

  const uploadErrorMessage = (uploadError: unknown): string => {
    if (isApiError(uploadError, ErrorCode.MediaUnsupportedType)) return t('form.fields.logo.unsupportedType');
    if (isApiError(uploadError, ErrorCode.MediaTooLarge)) {
      const limit = Number(uploadError.params.maxBytes ?? maxBytes);
      return tooLarge(uploadError.params.maxMegabytes ?? (Number.isFinite(limit) ? formatMegabytes(limit) : null));
    }
    return errorMessage(uploadError);
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after a refusal, still counts as a choice.
    event.target.value = '';
    if (!file) return;
    mutation.reset();
    // Some systems give no type; then the server, which reads the bytes, decides.
    if (file.type && !IMAGE_TYPES.includes(file.type)) {
      setFileError(t('form.fields.logo.unsupportedType'));
    } else if (maxBytes !== undefined && file.size > maxBytes) {
      setFileError(tooLarge(formatMegabytes(maxBytes)));
    } else {
      setFileError(null);
      mutation.mutate(file, { onSuccess: (media) => onChange(media.id) });
    }
  };

  const remove = () => {
    cancel();
    setFileError(null);
    onChange(null);
  };

  const shownError = fileError ?? (mutation.isError ? uploadErrorMessage(mutation.error) : error);
  const uploaded = mutation.isSuccess && mutation.data.id === value;
  const percent = Math.round(progress * 100);
  const hint =
    maxBytes === undefined
      ? t('form.fields.logo.hintNoLimit')
      : t('form.fields.logo.hint', { maxMegabytes: formatMegabytes(maxBytes) });
  const announcement =
    shownError ??
    (mutation.isPending ? t('form.fields.logo.uploading') : uploaded ? t('form.fields.logo.uploaded') : '');

  return (
    <div className="field logo-field">
      <label htmlFor={id}>{t('form.fields.logo.label')}</label>
      <FieldHint id={id} hint={hint} />
      <div className="logo-field__current">
        {value ? (
          <img
            className="provider-logo"
            src={ApiPath.mediaFile(value)}
            alt={t('form.fields.logo.preview')}
            width={64}
            height={64}
          />
        ) : (
          <p className="field__hint">{t('form.fields.logo.none')}</p>
        )}
        {value && !mutation.isPending && (
          <button type="button" className="button button--secondary button--small" onClick={remove}>
            {t('form.fields.logo.actions.remove')}
          </button>
        )}
      </div>
      <input
        type="file"
        id={id}
        accept={IMAGE_TYPES.join(',')}
        onChange={onFileChange}
        {...describedBy(id, true, !!shownError)}
      />
      {mutation.isPending && (
        <div className="logo-field__progress">
          <progress max={100} value={percent} aria-label={t('form.fields.logo.uploading')} />
          <span aria-hidden="true">{t('form.fields.logo.progress', { percent })}</span>
          <button type="button" className="button button--secondary button--small" onClick={cancel}>
            {t('form.fields.logo.actions.cancelUpload')}
          </button>
        </div>
      )}
      <FieldError id={id} error={shownError} />
      {/* The error text above is not live; this tells screen-reader users what happened to their file. */}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
