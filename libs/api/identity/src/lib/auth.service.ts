import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { CurrentUser, Language, TokenResponse } from '@kompeten/shared/contract';
import { AccessTokenPayload, AppConfig, AuditService, Principal, PrincipalLoader, ProblemException } from '@kompeten/api/core';
import { AppUserEntity } from './entities/app-user.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { dummyHash, hashPassword, verifyPassword } from './password';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class AuthService implements PrincipalLoader {
  private readonly log = new Logger('AuthService');
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async load(userId: string): Promise<Principal | null> {
    const rows: Array<{ id: string; username: string; display_name: string; roles: CurrentUser['roles']; employee_id: string | null; active: boolean; must_change_password: boolean; language: Language; scope: string[] }> =
      await this.ds.query(
        `SELECT u.id, u.username, u.display_name, u.roles, u.employee_id, u.active, u.must_change_password, u.language,
                COALESCE(array_agg(s.unit_id) FILTER (WHERE s.unit_id IS NOT NULL), '{}') AS scope
           FROM app_user u LEFT JOIN user_unit_scope s ON s.user_id = u.id
          WHERE u.id = $1 GROUP BY u.id`,
        [userId],
      );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id, username: r.username, displayName: r.display_name, roles: r.roles, employeeId: r.employee_id,
      active: r.active, mustChangePassword: r.must_change_password, language: r.language, scopeUnitIds: r.scope,
    };
  }

  async login(username: string, password: string): Promise<TokenResponse> {
    const name = username.trim().replace(/\s+/g, '');
    const user = await this.ds.getRepository(AppUserEntity).createQueryBuilder('u').where('lower(u.username) = lower(:name)', { name }).getOne();
    if (!user) {
      await verifyPassword(await dummyHash(), password);
      throw new ProblemException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'NIP/nama pengguna atau kata sandi salah');
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw new ProblemException(HttpStatus.LOCKED, 'ACCOUNT_LOCKED', `Akun dikunci sementara karena terlalu banyak percobaan gagal; coba lagi setelah ${user.lockedUntil.toISOString()}`);
    }
    const ok = await verifyPassword(user.passwordHash, password);
    if (!ok) {
      // One atomic statement: concurrent wrong guesses cannot undercount the failures.
      // TypeORM returns [rows, affectedCount] for UPDATE … RETURNING.
      const [rows]: [Array<{ failed_logins: number; locked_until: Date | null }>, number] = await this.ds.query(
        `UPDATE app_user SET failed_logins = failed_logins + 1,
                locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1 RETURNING failed_logins, locked_until`,
        [user.id, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_MINUTES],
      );
      const row = rows[0];
      if (row && row.failed_logins >= this.config.LOGIN_MAX_FAILURES && row.failed_logins % this.config.LOGIN_MAX_FAILURES === 0) {
        await this.ds.transaction((em) => this.audit.record(em, null, { action: 'LOCK', entity: 'user', entityId: user.id, after: { lockedUntil: row.locked_until }, reason: 'terlalu banyak percobaan masuk gagal' }));
      }
      throw new ProblemException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'NIP/nama pengguna atau kata sandi salah');
    }
    if (!user.active) throw new ProblemException(HttpStatus.FORBIDDEN, 'ACCOUNT_INACTIVE', 'Akun telah dinonaktifkan; hubungi admin');
    await this.ds.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`, [user.id]);
    return this.ds.transaction((em) => this.issue(em, user.id, randomUUID()));
  }

  async refresh(token: string): Promise<TokenResponse> {
    const outcome = await this.ds.transaction(async (em): Promise<TokenResponse | 'reused'> => {
      const repo = em.getRepository(RefreshTokenEntity);
      // Lock the row: two tabs refreshing at once get one rotation, the other sees it revoked.
      const row = await repo.createQueryBuilder('t').setLock('pessimistic_write').where('t.token_hash = :h', { h: sha256(token) }).getOne();
      if (!row) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'Sesi tidak dikenal; silakan masuk kembali');
      if (row.revokedAt) {
        // A rotated token presented again means it was copied: end every session of that sign-in.
        // The revocation must commit, so it is returned as an outcome rather than thrown here.
        await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: 'reuse-detected' });
        await this.audit.record(em, null, { action: 'TOKEN_REUSE', entity: 'user', entityId: row.userId, reason: 'token penyegaran dipakai ulang; semua sesi keluarga dicabut' });
        this.log.warn(`Refresh token reuse detected for user ${row.userId}; family revoked`);
        return 'reused';
      }
      if (row.expiresAt < new Date()) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'Sesi sudah berakhir; silakan masuk kembali');
      const user = await em.getRepository(AppUserEntity).findOneBy({ id: row.userId });
      if (!user?.active) throw new ProblemException(HttpStatus.UNAUTHORIZED, 'ACCOUNT_INACTIVE', 'Akun telah dinonaktifkan');
      await repo.update({ id: row.id }, { revokedAt: new Date(), revokedReason: 'rotated' });
      return this.issue(em, row.userId, row.familyId);
    });
    if (outcome === 'reused') throw new ProblemException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'Sesi dicabut karena token dipakai ulang; silakan masuk kembali');
    return outcome;
  }

  async logout(token: string): Promise<void> {
    const row = await this.ds.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256(token) });
    if (row) await this.ds.getRepository(RefreshTokenEntity).update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: 'logout' });
  }

  async revokeAll(em: EntityManager, userId: string, reason: string): Promise<void> {
    await em.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async changePassword(p: Principal, current: string, next: string): Promise<void> {
    const user = await this.ds.getRepository(AppUserEntity).findOneByOrFail({ id: p.id });
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Kata sandi saat ini salah', { errors: [{ field: 'currentPassword', message: 'kata sandi saat ini salah' }] });
    }
    if (current === next) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Kata sandi baru harus berbeda', { errors: [{ field: 'newPassword', message: 'harus berbeda dari kata sandi saat ini' }] });
    }
    const passwordHash = await hashPassword(next);
    await this.ds.transaction(async (em) => {
      await em.update(AppUserEntity, { id: p.id }, { passwordHash, mustChangePassword: false });
      await this.audit.record(em, p, { action: 'CHANGE_PASSWORD', entity: 'user', entityId: p.id });
    });
  }

  async setLanguage(p: Principal, language: Language): Promise<void> {
    await this.ds.getRepository(AppUserEntity).update({ id: p.id }, { language });
  }

  private async issue(em: EntityManager, userId: string, familyId: string): Promise<TokenResponse> {
    const user = await em.getRepository(AppUserEntity).findOneByOrFail({ id: userId });
    const payload: AccessTokenPayload = { sub: user.id, roles: user.roles, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload);
    const refreshToken = randomBytes(32).toString('base64url');
    await em.getRepository(RefreshTokenEntity).insert({
      userId, familyId, tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    const principal = await this.load(user.id);
    if (!principal) throw new Error('user vanished');
    const { active: _active, ...current } = principal;
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, refreshToken, user: current };
  }
}
