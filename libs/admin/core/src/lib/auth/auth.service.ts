import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import type {
  ChangePasswordRequest,
  CurrentUser,
  Language,
  LoginRequest,
  Role,
  TokenResponse,
} from '@kompeten/shared/contract';
import { catchError, finalize, firstValueFrom, map, Observable, of, shareReplay, tap, throwError } from 'rxjs';
import { AUTH_API } from './auth-endpoints';
import { silentErrors } from '../errors/silent-errors';
import { TokenStorage } from './token-storage';

/** Session state: who is signed in, their tokens, and the one-at-a-time token refresh. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly storage = inject(TokenStorage);
  private readonly _user = signal<CurrentUser | null>(this.storage.refreshToken ? this.storage.user : null);
  private refreshing: Observable<string> | null = null;

  readonly user = this._user.asReadonly();
  readonly isSignedIn = computed(() => this._user() !== null);
  readonly roles = computed(() => this._user()?.roles ?? []);

  get accessToken(): string | null {
    return this.storage.accessToken;
  }

  hasAnyRole(...roles: Role[]): boolean {
    const mine = this.roles();
    return roles.some((r) => mine.includes(r));
  }

  login(body: LoginRequest): Observable<CurrentUser> {
    return this.http.post<TokenResponse>(`${AUTH_API}/login`, body, silentErrors()).pipe(
      tap((res) => this.accept(res)),
      map((res) => res.user),
    );
  }

  /** Exchanges the refresh token once; concurrent callers share the same request. */
  refresh(): Observable<string> {
    const refreshToken = this.storage.refreshToken;
    if (!refreshToken) return throwError(() => new Error('No refresh token'));
    if (!this.refreshing) {
      this.refreshing = this.http.post<TokenResponse>(`${AUTH_API}/refresh`, { refreshToken }, silentErrors()).pipe(
        tap((res) => this.accept(res)),
        map((res) => res.accessToken),
        finalize(() => (this.refreshing = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshing;
  }

  /** Re-reads the user at start-up; a dead session is cleared quietly. */
  async restore(): Promise<void> {
    if (!this.storage.refreshToken) return;
    try {
      this.setUser(await firstValueFrom(this.http.get<CurrentUser>(`${AUTH_API}/me`, silentErrors())));
    } catch {
      /* offline or expired: the interceptor already cleared an expired session */
    }
  }

  reloadUser(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>(`${AUTH_API}/me`).pipe(tap((u) => this.setUser(u)));
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${AUTH_API}/change-password`, body, silentErrors());
  }

  savePreferences(language: Language): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>(`${AUTH_API}/preferences`, { language }).pipe(tap((u) => this.setUser(u)));
  }

  logout(): void {
    const refreshToken = this.storage.refreshToken;
    this.clear();
    void this.router.navigate(['/login']);
    if (refreshToken) {
      this.http.post<void>(`${AUTH_API}/logout`, { refreshToken }, silentErrors()).pipe(catchError(() => of(null))).subscribe();
    }
  }

  /** The session could not be renewed: sign out locally and come back here after signing in. */
  expire(): void {
    this.clear();
    const returnUrl = this.router.url;
    void this.router.navigate(['/login'], returnUrl && returnUrl !== '/login' ? { queryParams: { returnUrl } } : {});
  }

  private accept(res: TokenResponse): void {
    this.storage.saveTokens(res.accessToken, res.refreshToken);
    this.setUser(res.user);
  }

  private setUser(user: CurrentUser): void {
    this.storage.saveUser(user);
    this._user.set(user);
  }

  private clear(): void {
    this.storage.clear();
    this._user.set(null);
  }
}
