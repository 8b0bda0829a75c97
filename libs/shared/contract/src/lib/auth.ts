import { Role } from './roles';

export type Language = 'id' | 'en';

export interface LoginRequest {
  /** An employee's NIP (18 digits) or a service account name such as `admin`. */
  username: string;
  password: string;
}

export interface TokenResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  user: CurrentUser;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  employeeId: string | null;
  /** Units whose subtrees an HR officer administers. */
  scopeUnitIds: string[];
  mustChangePassword: boolean;
  language: Language;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  employeeId: string | null;
  scopeUnitIds: string[];
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface CreateUserRequest {
  username: string;
  displayName?: string;
  roles: Role[];
  employeeId?: string;
  scopeUnitIds?: string[];
  /** Initial password; the user must change it at first sign-in. */
  password: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  roles?: Role[];
  scopeUnitIds?: string[];
  active?: boolean;
}

export interface ResetPasswordRequest {
  newPassword: string;
}

export interface UpdatePreferencesRequest {
  language: Language;
}
