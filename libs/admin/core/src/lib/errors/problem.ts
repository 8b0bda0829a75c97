import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorCode, FieldError, ProblemDetails } from '@kompeten/shared/contract';

/** The RFC 9457 body of an error response, or a stand-in for network and non-JSON failures. */
export function problemOf(input: unknown): ProblemDetails {
  // resource() wraps non-Error failures; the HttpErrorResponse is then the cause.
  const err = input instanceof Error && input.cause instanceof HttpErrorResponse ? input.cause : input;
  if (err instanceof HttpErrorResponse) {
    const body = err.error as Partial<ProblemDetails> | null;
    if (body && typeof body === 'object' && typeof body.status === 'number') {
      return { type: 'about:blank', title: err.statusText, ...body } as ProblemDetails;
    }
    return {
      type: 'about:blank',
      title: err.statusText || 'Error',
      status: err.status,
      code: fallbackCode(err.status),
    };
  }
  return { type: 'about:blank', title: 'Error', status: 0, code: 'INTERNAL' };
}

export function fieldErrorsOf(err: unknown): FieldError[] {
  return problemOf(err).errors ?? [];
}

function fallbackCode(status: number): ErrorCode {
  switch (status) {
    case 0:
    case 502:
    case 503:
    case 504:
      return 'SERVICE_UNAVAILABLE';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    default:
      return 'INTERNAL';
  }
}
