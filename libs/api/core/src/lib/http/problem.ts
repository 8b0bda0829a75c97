import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode, FieldError, ProblemDetails } from '@kompeten/shared/contract';

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 423: 'Locked',
  429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** An error that becomes an RFC 9457 problem+json response with a contract error code. */
export class ProblemException extends HttpException {
  constructor(status: number, code: ErrorCode, detail: string, extra: { errors?: FieldError[]; changed?: string[] } = {}) {
    const body: ProblemDetails = {
      type: `https://kompeten.go.id/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      code,
      ...extra,
    };
    super(body, status);
  }
}

export const notFound = (what: string) => new ProblemException(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what} tidak ditemukan`);
export const outOfScope = (detail = 'Data ini di luar cakupan akses Anda') => new ProblemException(HttpStatus.FORBIDDEN, 'OUT_OF_SCOPE', detail);
export const fieldProblem = (field: string, message: string, status = HttpStatus.BAD_REQUEST) =>
  new ProblemException(status, 'VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });
export const versionConflict = (changed: string[]) =>
  new ProblemException(HttpStatus.CONFLICT, 'VERSION_CONFLICT',
    `Data telah diubah oleh pengguna lain sejak Anda membukanya${changed.length ? ` (berubah: ${changed.join(', ')})` : ''}. Muat ulang lalu ulangi perubahan.`,
    { changed });
