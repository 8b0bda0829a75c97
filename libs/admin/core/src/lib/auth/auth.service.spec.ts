import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser, TokenResponse } from '@kompeten/shared/contract';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const user: CurrentUser = {
  id: 'u1',
  username: 'admin',
  displayName: 'Administrator',
  roles: ['ADMIN'],
  employeeId: null,
  scopeUnitIds: [],
  mustChangePassword: false,
  language: 'id',
};

function tokens(n: number): TokenResponse {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900, user };
}

describe('AuthService and authInterceptor', () => {
  let http: HttpClient;
  let ctl: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    ctl = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => ctl.verify());

  function signIn(): void {
    auth.login({ username: 'admin', password: 'x' }).subscribe();
    ctl.expectOne('/api/v1/auth/login').flush(tokens(1));
  }

  it('stores tokens and the user on login', () => {
    signIn();
    expect(auth.isSignedIn()).toBe(true);
    expect(localStorage.getItem('kp.accessToken')).toBe('access-1');
    expect(localStorage.getItem('kp.refreshToken')).toBe('refresh-1');
  });

  it('adds the Bearer token to API calls but not to other URLs', () => {
    signIn();
    http.get('/api/v1/home').subscribe();
    http.get('/i18n/id.json').subscribe();
    expect(ctl.expectOne('/api/v1/home').request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(ctl.expectOne('/i18n/id.json').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on 401 and retries concurrent requests with the new token', () => {
    signIn();
    const results: unknown[] = [];
    http.get('/api/v1/a').subscribe((r) => results.push(r));
    http.get('/api/v1/b').subscribe((r) => results.push(r));
    ctl.expectOne('/api/v1/a').flush({}, { status: 401, statusText: 'Unauthorized' });
    ctl.expectOne('/api/v1/b').flush({}, { status: 401, statusText: 'Unauthorized' });

    const refresh = ctl.match('/api/v1/auth/refresh');
    expect(refresh.length).toBe(1);
    expect(refresh[0].request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh[0].flush(tokens(2));

    const a = ctl.expectOne('/api/v1/a');
    const b = ctl.expectOne('/api/v1/b');
    expect(a.request.headers.get('Authorization')).toBe('Bearer access-2');
    expect(b.request.headers.get('Authorization')).toBe('Bearer access-2');
    a.flush({ ok: 'a' });
    b.flush({ ok: 'b' });
    expect(results).toEqual([{ ok: 'a' }, { ok: 'b' }]);
  });

  it('signs out and goes to /login when the refresh fails', () => {
    signIn();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    let failed = false;
    http.get('/api/v1/home').subscribe({ error: () => (failed = true) });
    ctl.expectOne('/api/v1/home').flush({}, { status: 401, statusText: 'Unauthorized' });
    ctl.expectOne('/api/v1/auth/refresh').flush({ code: 'TOKEN_INVALID', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(failed).toBe(true);
    expect(auth.isSignedIn()).toBe(false);
    expect(localStorage.getItem('kp.refreshToken')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('does not retry a failed sign-in', () => {
    let failed = false;
    auth.login({ username: 'admin', password: 'bad' }).subscribe({ error: () => (failed = true) });
    ctl.expectOne('/api/v1/auth/login').flush({ code: 'INVALID_CREDENTIALS', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    ctl.expectNone('/api/v1/auth/refresh');
    expect(failed).toBe(true);
  });

  it('checks roles', () => {
    signIn();
    expect(auth.hasAnyRole('HR_OFFICER', 'ADMIN')).toBe(true);
    expect(auth.hasAnyRole('EMPLOYEE')).toBe(false);
  });
});
