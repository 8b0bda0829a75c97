import type { ChipTone } from '@kompeten/admin/ui';
import type { UserSummary } from '@kompeten/shared/contract';

export interface UserStatus {
  key: 'inactive' | 'locked' | 'mustChange' | 'active';
  tone: ChipTone;
}

/** One status per account, most important first. */
export function userStatus(u: UserSummary, now = Date.now()): UserStatus {
  if (!u.active) return { key: 'inactive', tone: 'neutral' };
  if (u.lockedUntil && Date.parse(u.lockedUntil) > now) return { key: 'locked', tone: 'error' };
  if (u.mustChangePassword) return { key: 'mustChange', tone: 'warning' };
  return { key: 'active', tone: 'success' };
}
