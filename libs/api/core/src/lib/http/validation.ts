import { ArgumentMetadata, HttpStatus, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@kompeten/shared/contract';
import { ProblemException } from './problem';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    // An empty key ({"": 1}) is still a field the client sent; show it as "".
    const prop = e.property === '' ? '""' : e.property;
    const field = parent ? (/^\d+$/.test(prop) ? `${parent}[${prop}]` : `${parent}.${prop}`) : prop;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The one global pipe: unknown fields are refused, types converted, and every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED',
        fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Permintaan tidak valid', { errors: fields });
    },
  });
}

/** Where a string holds U+0000: PostgreSQL text cannot store it, so it is refused at the edge, named. */
function nulField(v: unknown, path: string, depth = 0): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path || 'body' : null;
  if (depth > 32 || v === null || typeof v !== 'object') return null;
  for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
    if (k.includes('\u0000')) {
      const clean = k.split('\u0000').join('');
      return path ? `${path}.${clean}` : clean;
    }
    const f = nulField(child, Array.isArray(v) ? `${path}[${k}]` : path ? `${path}.${k}` : k, depth + 1);
    if (f) return f;
  }
  return null;
}

/**
 * Runs before validation on every body, query and path parameter: text with a NUL character
 * would otherwise reach PostgreSQL and fail there; here it is a 400 that names the field.
 */
export class TextSafetyPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    const field = nulField(value, meta.type === 'param' || meta.type === 'custom' ? meta.data ?? '' : '');
    if (field) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${field}: teks tidak boleh memuat karakter NUL`,
        { errors: [{ field, message: 'teks tidak boleh memuat karakter NUL (\\u0000)' }] });
    }
    return value;
  }
}
