import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role, Scope } from '@kompeten/shared/contract';
import type { Principal } from './principal';

export const ACCESS_KEY = 'kompeten:access';
export const PUBLIC_KEY = 'kompeten:public';
export const ALLOW_PENDING_PASSWORD_KEY = 'kompeten:allow-pending-password';

export interface AccessRule {
  /** Roles allowed; `any` = every signed-in user (the scope rule then limits what he sees). */
  roles: Role[] | 'any';
  scope: Scope;
}

/**
 * Declares who may call an endpoint and how the service scopes the data. Endpoints without it
 * are refused (default deny) and fail the route-matrix test.
 */
export const Access = (roles: Role[] | 'any', scope: Scope) => SetMetadata(ACCESS_KEY, { roles, scope } satisfies AccessRule);

/** No sign-in needed (sign-in itself, health, certificate verification). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), SetMetadata(ACCESS_KEY, { roles: 'any', scope: 'none' } satisfies AccessRule));

/** Reachable while the user still has to change the password set by an admin. */
export const AllowPendingPassword = () => SetMetadata(ALLOW_PENDING_PASSWORD_KEY, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
