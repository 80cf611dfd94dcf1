import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type ApiErrorBody, ErrorCode } from '@bilikti/contracts';
import { isInvalidCharacterError } from './database-errors';
import { DomainError } from './domain-error';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Turns every error into `{ code, message, params, fields }`; anything unexpected is logged and becomes 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const { status, body, headers } = this.toResponse(exception, request);
    if (status >= 500) {
      this.logger.error({ err: exception, path: request.path }, 'Unhandled error');
    } else if (body.code === ErrorCode.InvalidCharacters) {
      // Validation should have refused this before the database saw it: worth a look, not a 500.
      this.logger.warn({ err: exception, path: request.path }, 'Database refused characters in the request');
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(status).json(body);
  }

  private toResponse(
    exception: unknown,
    request: Request,
  ): { status: number; body: ApiErrorBody; headers?: Record<string, string> } {
    if (exception instanceof DomainError) {
      return {
        status: exception.status,
        headers: exception.headers,
        body: {
          code: exception.code,
          message: exception.message,
          params: exception.params ?? {},
          ...(exception.fields && { fields: exception.fields }),
          ...(exception.gaps && { gaps: exception.gaps }),
        },
      };
    }
    if (isInvalidCharacterError(exception)) {
      // Defence in depth: text the database cannot store (a NUL byte) is the client's doing.
      return error(
        HttpStatus.BAD_REQUEST,
        ErrorCode.InvalidCharacters,
        'The request contains characters that cannot be stored',
      );
    }
    // Express and body-parser errors arrive wrapped in an HttpException with the original as cause.
    const parserError = ((exception instanceof HttpException ? exception.cause : exception) ?? {}) as BodyParserError;
    if (parserError?.type === 'entity.parse.failed') {
      return error(HttpStatus.BAD_REQUEST, ErrorCode.MalformedJson, 'The request body is not valid JSON');
    }
    if (parserError?.type === 'entity.too.large') {
      return error(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.PayloadTooLarge, 'The request body is too large');
    }
    if (parserError?.type && parserError.status && parserError.status < 500) {
      // Other body-parser refusals: unsupported charset or encoding, aborted request.
      return error(HttpStatus.BAD_REQUEST, ErrorCode.BadRequest, `The request was refused (${parserError.type})`);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.NOT_FOUND) {
        // `originalUrl`, not `path`: inside a mounted router `path` has lost the `/api` prefix.
        const path = request.originalUrl.split('?')[0] ?? request.path;
        return error(status, ErrorCode.RouteNotFound, `No route for ${request.method} ${path}`, {
          method: request.method,
          path,
        });
      }
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        return error(status, ErrorCode.PayloadTooLarge, 'The request body is too large');
      }
      if (status === HttpStatus.FORBIDDEN) return error(status, ErrorCode.Forbidden, 'Forbidden');
      if (status === HttpStatus.UNAUTHORIZED) return error(status, ErrorCode.AuthRequired, 'Sign in first');
      if (status < 500) return error(status, ErrorCode.BadRequest, exception.message);
    }
    return error(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.Internal, 'Internal server error');
  }
}

function error(
  status: number,
  code: ErrorCode,
  message: string,
  params: Record<string, string | number> = {},
): { status: number; body: ApiErrorBody } {
  return { status, body: { code, message, params } };
}
