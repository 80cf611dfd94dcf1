import { ApiPath, type ApiErrorBody, type MediaResponse } from '@bilikti/contracts';

import { ApiError, NetworkError } from '../../../lib/api-client';

export interface UploadOptions {
  /** Called with the share sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page: no JSON body to read.
    return undefined;
  }
}

function errorBodyOf(body: unknown): Partial<ApiErrorBody> {
  return body && typeof body === 'object' && typeof (body as ApiErrorBody).code === 'string'
    ? (body as ApiErrorBody)
    : {};
}

/**
 * Sends one file as `multipart/form-data` (field `file`). XMLHttpRequest rather than fetch:
 * fetch cannot report upload progress, and on a slow rural link a silent upload looks frozen.
 * Fails like the api client: ApiError for an error answer, NetworkError without one,
 * an AbortError when the signal aborts.
 */
export function uploadMedia(file: File, { onProgress, signal }: UploadOptions = {}): Promise<MediaResponse> {
  return new Promise((resolve, reject) => {
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
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as MediaResponse);
      else reject(new ApiError(xhr.status, errorBodyOf(body)));
    };
    xhr.onerror = () => reject(new NetworkError(new Error('Upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
