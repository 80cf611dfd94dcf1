import type { ApiErrorBody, ParityGap } from '@bilikti/contracts';

import { ApiError } from '../../../lib/api-client';

/**
 * An API error that keeps the parity `gaps` of a `courses.incomplete` answer, which the shared
 * client drops. It is still an `ApiError`, so the usual translation and 401 handling apply.
 */
export class StudioApiError extends ApiError {
  readonly gaps: ParityGap[];

  constructor(status: number, body: Partial<ApiErrorBody>) {
    super(status, body);
    this.gaps = Array.isArray(body.gaps) ? body.gaps : [];
  }
}

/** Reads an error body the way the shared client does: anything that is not the API's format is ignored. */
export function studioApiErrorOf(status: number, text: string): StudioApiError {
  let body: Partial<ApiErrorBody> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && typeof (parsed as ApiErrorBody).code === 'string') {
      body = parsed as ApiErrorBody;
    }
  } catch {
    // A proxy or an HTML error page: no JSON body to read.
  }
  return new StudioApiError(status, body);
}

export function gapsOf(error: unknown): ParityGap[] {
  return error instanceof StudioApiError ? error.gaps : [];
}
