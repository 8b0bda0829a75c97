import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_KEY, AccessRule, ALLOW_PENDING_PASSWORD_KEY, PUBLIC_KEY } from './access.decorator';
import { AccessTokenPayload, Principal, PRINCIPAL_LOADER, PrincipalLoader } from './principal';
import { ProblemException } from '../http/problem';

/** Global guard: authentication, active account, forced password change, then the declared roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly log = new Logger('AuthGuard');
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(PRINCIPAL_LOADER) private readonly loader: PrincipalLoader,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal; url: string }>();
    const header = req.headers['authorization'] ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!token) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Silakan masuk terlebih dahulu');
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'Sesi tidak valid atau sudah berakhir; silakan masuk kembali');
    }
    if (payload.typ !== 'access') throw new ProblemException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'Token bukan token akses');
    const principal = await this.loader.load(payload.sub);
    if (!principal) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'Akun tidak ditemukan');
    if (!principal.active) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'ACCOUNT_INACTIVE', 'Akun telah dinonaktifkan');
    req.principal = principal;
    if (principal.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD_KEY, targets)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'PASSWORD_CHANGE_REQUIRED', 'Ganti kata sandi Anda terlebih dahulu');
    }
    if (!rule) {
      this.log.warn(`No @Access rule on ${req.url}: refused by default`);
      throw new ProblemException(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Akses ditolak');
    }
    if (rule.roles !== 'any' && !rule.roles.some((r) => principal.roles.includes(r))) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Peran Anda tidak berhak mengakses fungsi ini');
    }
    return true;
  }
}
