import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@kompeten/shared/contract';
import { ProblemException } from './problem';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property;
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
