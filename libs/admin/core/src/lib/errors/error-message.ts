import type { ProblemDetails } from '@kompeten/shared/contract';
import { TranslocoService } from '@jsverse/transloco';

/**
 * A sentence for the user: the server's `detail` when it has one (it names the record or rule),
 * otherwise the translated text for the error code.
 */
export function errorMessage(problem: ProblemDetails, i18n: TranslocoService): string {
  const key = `errors.${problem.code}`;
  const byCode = i18n.translate(key);
  const generic = [ 'SERVICE_UNAVAILABLE', 'INTERNAL', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS' ];
  if (problem.detail && !generic.includes(problem.code)) return problem.detail;
  return byCode && byCode !== key ? byCode : problem.detail || problem.title || i18n.translate('errors.INTERNAL');
}
