import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Role } from '@kompeten/shared/contract';
import { AuthService } from './auth.service';

/** Signed in, and not held back by a forced password change. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = auth.user();
  if (!user) return router.createUrlTree(['/login'], { queryParams: state.url !== '/' ? { returnUrl: state.url } : {} });
  if (user.mustChangePassword) return router.createUrlTree(['/change-password']);
  return true;
};

/** Any signed-in user, including one who must change the password first. */
export const signedInGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.isSignedIn() || inject(Router).createUrlTree(['/login']);
};

/** The sign-in page is for guests only. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.isSignedIn() || inject(Router).createUrlTree(['/']);
};

/** Holds at least one of the roles; otherwise back to the home page. */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return () => {
    const auth = inject(AuthService);
    return auth.hasAnyRole(...roles) || inject(Router).createUrlTree(['/']);
  };
}
