import { Injectable } from '@angular/core';
import type { CurrentUser } from '@kompeten/shared/contract';

const ACCESS = 'kp.accessToken';
const REFRESH = 'kp.refreshToken';
const USER = 'kp.user';

/** Tokens and the cached user in localStorage, so a reload keeps the session. */
@Injectable({ providedIn: 'root' })
export class TokenStorage {
  get accessToken(): string | null {
    return read(ACCESS);
  }

  get refreshToken(): string | null {
    return read(REFRESH);
  }

  get user(): CurrentUser | null {
    const raw = read(USER);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as CurrentUser;
    } catch {
      return null;
    }
  }

  saveTokens(accessToken: string, refreshToken: string): void {
    write(ACCESS, accessToken);
    write(REFRESH, refreshToken);
  }

  saveUser(user: CurrentUser): void {
    write(USER, JSON.stringify(user));
  }

  clear(): void {
    [ACCESS, REFRESH, USER].forEach((k) => remove(k));
  }
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage full or disabled: the session lasts until reload */
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* ignore */
  }
}
