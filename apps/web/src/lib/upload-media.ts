import { ApiPath, type ApiErrorBody, type MediaResponse } from '@bilikti/contracts';

import { ApiError, NetworkError } from './api-client';

export interface UploadMediaOptions {
  /** Ties the file to a course, so its co-authors may use it too. */
  courseId?: string;
  /** Called with the share sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function errorBodyOf(text: string): Partial<ApiErrorBody> {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && typeof (body as ApiErrorBody).code === 'string'
      ? (body as ApiErrorBody)
      : {};
  } catch {
    // A proxy's HTML error page: no JSON body to read.
    return {};
  }
}

/**
 * Sends one file as `multipart/form-data` (field `file`). XMLHttpRequest rather than fetch:
 * fetch cannot report upload progress, and on a slow rural link a silent upload looks frozen.
 * Fails like the api client: ApiError for an error answer, NetworkError without a usable one,
 * an AbortError when the signal aborts. Same origin, so the session cookie goes along.
 */
export function uploadMedia(file: File, { courseId, onProgress, signal }: UploadMediaOptions = {}) {
  return new Promise<MediaResponse>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', ApiPath.media);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(new ApiError(xhr.status, errorBodyOf(xhr.responseText)));
        return;
      }
      try {
        resolve(JSON.parse(xhr.responseText) as MediaResponse);
      } catch (error) {
        reject(new NetworkError(error));
      }
    };
    xhr.onerror = () => reject(new NetworkError(new Error('Upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append('file', file);
    if (courseId) form.append('courseId', courseId);
    xhr.send(form);
  });
}
