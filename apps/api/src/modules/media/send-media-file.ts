import { HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '@bilikti/contracts';
import { DomainError } from '../../common/domain-error';
import { inlineContentDisposition } from './media-names';
import type { MediaDownload } from './media.service';

interface SendError {
  status?: number;
  code?: string;
  headers?: Record<string, string>;
}

/**
 * Streams a stored file with express's `sendFile`, which answers range requests (206, and 416
 * for a range past the end) and conditional GETs (ETag, Last-Modified → 304). A refusal from
 * `sendFile` is thrown as a DomainError, with the file's headers taken off again, so the global
 * filter answers it in JSON like any other error. Once bytes have gone out (the client went
 * away mid-transfer) there is nothing left to answer.
 */
export async function sendMediaFile(res: Response, file: MediaDownload): Promise<void> {
  const headersBefore = new Set(res.getHeaderNames());
  try {
    await new Promise<void>((resolve, reject) => {
      res.sendFile(
        file.path,
        {
          headers: {
            'Content-Type': file.contentType,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'private, max-age=3600',
            'Content-Disposition': inlineContentDisposition(file.originalName),
            // The app's own policy has object-src 'none', under which the browser's PDF viewer
            // refuses to show a PDF opened from the lesson page. A file needs nothing else.
            'Content-Security-Policy':
              "default-src 'none'; img-src 'self'; media-src 'self'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
          },
          acceptRanges: true,
          cacheControl: false,
          lastModified: true,
          // The path is ours (a storage key under the storage folder), which may itself sit in a
          // dot-folder such as `.data/storage`.
          dotfiles: 'allow',
        },
        (error?: Error) => (error ? reject(error) : resolve()),
      );
    });
  } catch (error) {
    if (res.headersSent) return;
    for (const name of res.getHeaderNames()) {
      if (!headersBefore.has(name)) res.removeHeader(name);
    }
    throw toDownloadError(error as SendError);
  }
}

function toDownloadError(error: SendError): unknown {
  if (error.code === 'ENOENT' || error.status === 404) return DomainError.notFound('Media');
  if (error.status === HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE) {
    return new DomainError(
      ErrorCode.BadRequest,
      HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
      'The requested range is not satisfiable',
      undefined,
      undefined,
      error.headers,
    );
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    return new DomainError(ErrorCode.BadRequest, error.status, `The file request was refused (${error.status})`);
  }
  return error;
}
