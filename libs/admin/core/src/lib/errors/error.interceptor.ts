import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, throwError } from 'rxjs';
import { isApiUrl } from '../auth/auth-endpoints';
import { errorMessage } from './error-message';
import { Notifier } from './notifier';
import { problemOf } from './problem';
import { SILENT_ERRORS } from './silent-errors';

/** Shows problem+json messages in a snackbar unless the request asked to handle them itself. */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url) || req.context.get(SILENT_ERRORS)) return next(req);
  const notifier = inject(Notifier);
  const i18n = inject(TranslocoService);
  return next(req).pipe(
    catchError((err: unknown) => {
      // 401s end in a refresh or on the sign-in page; a message there would only confuse.
      if (err instanceof HttpErrorResponse && err.status !== 401) {
        notifier.error(errorMessage(problemOf(err), i18n));
      }
      return throwError(() => err);
    }),
  );
};
