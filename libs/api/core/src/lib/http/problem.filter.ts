import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ProblemDetails } from '@kompeten/shared/contract';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ProblemException } from './problem';

const PG_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

function isConnectionError(e: unknown): boolean {
  const err = e as { code?: string; message?: string; driverError?: { code?: string } };
  const code = err?.driverError?.code ?? err?.code;
  if (code && PG_CONNECTION_CODES.has(code)) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection/i.test(err?.message ?? '');
}

/**
 * Turns every error into RFC 9457 problem+json. Database constraint errors become 4xx with the
 * field named; a lost database becomes 503 with Retry-After; nothing else leaks (no SQL, no stack).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<{ url: string; params?: Record<string, string> }>();
    const body = this.toProblem(exception, req.params);
    body.instance = req.url?.split('?')[0];
    if (body.status >= 500 && body.code === 'INTERNAL') this.log.error(exception instanceof Error ? exception.stack : String(exception));
    if (body.status === 503) res.setHeader('Retry-After', '5');
    res.status(body.status).type('application/problem+json').json(body);
  }

  private toProblem(e: unknown, params?: Record<string, string>): ProblemDetails {
    if (e instanceof ProblemException) return { ...(e.getResponse() as ProblemDetails) };
    const parse = bodyParserProblem(e);
    if (parse) return parse;
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const r = e.getResponse() as string | { message?: string | string[]; error?: string };
      const detail = typeof r === 'string' ? r : Array.isArray(r.message) ? r.message.join('; ') : r.message ?? e.message;
      const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND'
        : status === 409 ? 'CONFLICT' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE'
        : status === 429 ? 'TOO_MANY_REQUESTS' : status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
      const pe = new ProblemException(status, code, status === 404 && /Cannot (GET|POST|PATCH|PUT|DELETE)/.test(detail) ? 'Alamat tidak ditemukan' : detail,
        status === 400 ? { errors: [{ field: guessField(detail, params), message: detail }] } : {});
      return pe.getResponse() as ProblemDetails;
    }
    if (isConnectionError(e)) {
      return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'Basis data sedang tidak tersedia; coba lagi sebentar lagi').getResponse() as ProblemDetails;
    }
    if (e instanceof QueryFailedError) {
      const d = e.driverError as { code?: string; constraint?: string; column?: string; detail?: string };
      const field = constraintField(d.constraint, d.column, d.detail);
      switch (d.code) {
        case '23505':
          return new ProblemException(409, 'DUPLICATE', `${field ?? 'Data'} sudah dipakai`, field ? { errors: [{ field, message: 'sudah dipakai' }] } : {}).getResponse() as ProblemDetails;
        case '23503':
          return new ProblemException(400, 'VALIDATION_FAILED', `${field ?? 'Rujukan'} tidak ditemukan atau masih dipakai`, field ? { errors: [{ field, message: 'rujukan tidak valid' }] } : {}).getResponse() as ProblemDetails;
        case '23502': case '23514': case '22P02': case '22007': case '22008': case '22003': case '22001': case '22021': case '22P05': case '2201B': case '22025':
          return new ProblemException(400, 'VALIDATION_FAILED', `Nilai tidak valid${field ? ` pada ${field}` : ''}`, field ? { errors: [{ field, message: 'nilai tidak valid' }] } : {}).getResponse() as ProblemDetails;
        case '40001': case '40P01':
          return new ProblemException(409, 'CONFLICT', 'Perubahan bertabrakan dengan perubahan lain; ulangi').getResponse() as ProblemDetails;
      }
    }
    return new ProblemException(500, 'INTERNAL', 'Terjadi kesalahan pada server').getResponse() as ProblemDetails;
  }
}

/**
 * Errors of the JSON body parser (malformed JSON, a scalar where an object is expected, too large, an
 * unknown charset) arrive as HttpExceptions or raw errors with a `type`; they are the client's fault
 * and concern the body as a whole, so the field named is `body`.
 */
function bodyParserProblem(e: unknown): ProblemDetails | null {
  const err = (e instanceof HttpException ? (e.cause ?? e) : e) as { type?: string; message?: string; status?: number };
  const message = e instanceof HttpException ? String((e.getResponse() as { message?: unknown })?.message ?? e.message) : err?.message ?? '';
  const parseFailed = err?.type === 'entity.parse.failed' || (e instanceof HttpException && e.getStatus() === 400 && /JSON|Unexpected (token|end)/.test(message));
  if (parseFailed) {
    return new ProblemException(400, 'VALIDATION_FAILED', 'Isi permintaan bukan objek JSON yang valid',
      { errors: [{ field: 'body', message: 'kirim objek JSON yang valid' }] }).getResponse() as ProblemDetails;
  }
  if (err?.type === 'entity.too.large') {
    return new ProblemException(413, 'PAYLOAD_TOO_LARGE', 'Isi permintaan terlalu besar', { errors: [{ field: 'body', message: 'terlalu besar' }] }).getResponse() as ProblemDetails;
  }
  if (err?.type === 'charset.unsupported' || err?.type === 'encoding.unsupported') {
    return new ProblemException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Pengodean isi permintaan tidak didukung; gunakan UTF-8',
      { errors: [{ field: 'body', message: 'gunakan UTF-8' }] }).getResponse() as ProblemDetails;
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A 400 raised by a framework pipe (ParseUUIDPipe, a path that does not decode) carries no field; the
 * client still needs to know which part of the request was wrong, so it is read off the request.
 */
function guessField(detail: string, params: Record<string, string> = {}): string {
  if (/uuid/i.test(detail)) return Object.entries(params).find(([, v]) => !UUID.test(v))?.[0] ?? 'id';
  if (/decode param/i.test(detail)) return 'path';
  return Object.keys(params)[0] ?? 'request';
}

/** Constraint names follow `<table>_<field>_<kind>` (see migrations); the field is what the client sent. */
function constraintField(constraint?: string, column?: string, detail?: string): string | undefined {
  if (column) return camel(column);
  const m = detail?.match(/Key \(([^)]+)\)/);
  if (m) return m[1].split(',').map((s) => camel(s.trim().replace(/^lower\(|\)$/g, ''))).join(',');
  if (constraint) {
    const parts = constraint.split('_');
    if (parts.length >= 3) return camel(parts.slice(1, -1).join('_'));
  }
  return undefined;
}
const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()).replace(/Id$/, 'Id');
