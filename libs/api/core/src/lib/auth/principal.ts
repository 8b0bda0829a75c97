import type { CurrentUser, Role } from '@kompeten/shared/contract';

/** The signed-in caller, loaded fresh from the database on every request (so a deactivated user or a
 * removed HR scope takes effect immediately, not when the token expires). */
export type Principal = CurrentUser & { active: boolean };

export interface AccessTokenPayload {
  sub: string;
  roles: Role[];
  typ: 'access';
}

/** Implemented by the identity module; the core guard depends only on this token. */
export const PRINCIPAL_LOADER = Symbol('PRINCIPAL_LOADER');
export interface PrincipalLoader {
  load(userId: string): Promise<Principal | null>;
}

export function hasRole(p: Pick<Principal, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((r) => p.roles.includes(r));
}
