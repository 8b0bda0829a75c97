import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@kompeten/shared/contract';
import { ProblemException } from '@kompeten/api/core';

/** 400 naming every field at fault at once (the form can mark them all). */
export const invalidFields = (errors: FieldError[]) =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });

export const duplicate = (field: string, message: string) =>
  new ProblemException(HttpStatus.CONFLICT, 'DUPLICATE', `${field}: ${message}`, { errors: [{ field, message }] });

/** Escapes LIKE wildcards in user input. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, '\\$&');
