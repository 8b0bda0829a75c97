import type { ProblemDetails } from '@kompeten/shared/contract';

/** The i18n key for a failed sign-in, so each cause gets its own clear sentence. */
export function loginErrorKey(p: ProblemDetails): string {
  switch (p.code) {
    case 'INVALID_CREDENTIALS':
    case 'ACCOUNT_LOCKED':
    case 'ACCOUNT_INACTIVE':
    case 'TOO_MANY_REQUESTS':
    case 'SERVICE_UNAVAILABLE':
      return `login.errors.${p.code}`;
    case 'VALIDATION_FAILED':
      return 'login.errors.INVALID_CREDENTIALS';
    default:
      return p.status === 0 || p.status >= 500 ? 'login.errors.SERVICE_UNAVAILABLE' : 'login.errors.UNKNOWN';
  }
}
