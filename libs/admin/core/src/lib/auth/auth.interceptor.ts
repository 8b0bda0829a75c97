import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { isApiUrl, isTokenEndpoint } from './auth-endpoints';
import { AuthService } from './auth.service';

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

/** Adds the Bearer token to API calls; on 401 refreshes once and retries, else ends the session. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url) || isTokenEndpoint(req.url)) return next(req);
  const auth = inject(AuthService);
  return next(withToken(req, auth.accessToken)).pipe(
    catchError((err: unknown) => {
      if (!(err instanceof HttpErrorResponse) || err.status !== 401 || !auth.isSignedIn()) {
        return throwError(() => err);
      }
      return auth.refresh().pipe(
        catchError(() => {
          auth.expire();
          return throwError(() => err);
        }),
        switchMap((token) => next(withToken(req, token))),
      );
    }),
  );
};
