import { ErrorCode, MEDIA_CONTENT_TYPES, type MediaKind, type MediaResponse } from '@bilikti/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError } from '../../../lib/api-client';
import { uploadMedia } from '../../../lib/upload-media';
import { useMediaLimits } from './use-media-limits';

const MEGABYTE = 1024 * 1024;

/** Megabytes as both languages write them: a decimal comma, one decimal at most. */
export function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / MEGABYTE) * 10) / 10).replace('.', ',');
}

/**
 * Gives "too large" and "unsupported type" errors the `maxMegabytes` their message needs, whether
 * they come from the server (which may send `maxBytes`), a proxy (a bare 413) or the check here.
 */
export function normaliseUploadError(error: unknown, limitBytes: number | undefined): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 413 || error.code === ErrorCode.MediaTooLarge) {
    const maxBytes = Number(error.params.maxBytes ?? limitBytes);
    const maxMegabytes = error.params.maxMegabytes ?? (Number.isFinite(maxBytes) ? formatMegabytes(maxBytes) : '?');
    return new ApiError(413, { code: ErrorCode.MediaTooLarge, message: error.message, params: { maxMegabytes } });
  }
  if (error.status === 415) return new ApiError(415, { code: ErrorCode.MediaUnsupportedType, message: error.message });
  return error;
}

interface UseMediaUploadOptions {
  kind: MediaKind;
  courseId?: string;
  onUploaded: (media: MediaResponse) => void;
}

export function useMediaUpload({ kind, courseId, onUploaded }: UseMediaUploadOptions) {
  const limits = useMediaLimits();
  const limit = limits.data?.[kind];
  /** 0–100 while uploading, null otherwise. */
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (file: File) => {
      setError(null);
      // Friendly early answers; the server checks the bytes anyway. An empty type means the
      // browser does not know it, so the server decides.
      if (file.type && !MEDIA_CONTENT_TYPES[kind].includes(file.type)) {
        setError(new ApiError(415, { code: ErrorCode.MediaUnsupportedType }));
        return;
      }
      if (limit !== undefined && file.size > limit) {
        setError(normaliseUploadError(new ApiError(413, { code: ErrorCode.MediaTooLarge }), limit));
        return;
      }
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress(0);
      uploadMedia(file, {
        courseId,
        onProgress: (fraction) => setProgress(Math.round(fraction * 100)),
        signal: current.signal,
      }).then(
        (media) => {
          if (controller.current !== current) return;
          controller.current = null;
          setProgress(null);
          onUploaded(media);
        },
        (failure: unknown) => {
          if (controller.current !== current) return;
          controller.current = null;
          setProgress(null);
          if (failure instanceof DOMException && failure.name === 'AbortError') return;
          setError(normaliseUploadError(failure, limit));
        },
      );
    },
    [kind, limit, courseId, onUploaded],
  );

  const cancel = useCallback(() => {
    const current = controller.current;
    controller.current = null;
    current?.abort();
    setProgress(null);
  }, []);

  return { start, cancel, progress, uploading: progress !== null, error, limit };
}
