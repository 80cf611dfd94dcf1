import { ApiPath, type MediaResponse } from '@bilikti/contracts';

import { NetworkError } from '../../../lib/api-client';
import { studioApiErrorOf } from './studio-error';

export interface UploadMediaOptions {
  /** Ties the file to a course, so co-authors may use it too. */
  courseId?: string;
  /** Called with 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads one file as multipart `file`. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which matters for a video on a rural connection. Same origin, so the session cookie goes along.
 */
export function uploadMedia(file: File, { courseId, onProgress, signal }: UploadMediaOptions = {}) {
  return new Promise<MediaResponse>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file);
    if (courseId) form.append('courseId', courseId);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', ApiPath.media);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as MediaResponse);
        } catch (error) {
          reject(new NetworkError(error));
        }
      } else {
        reject(studioApiErrorOf(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new NetworkError(new Error('Upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('Upload cancelled', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
