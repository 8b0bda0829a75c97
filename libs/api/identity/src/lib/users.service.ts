import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, UserSummary } from '@kompeten/shared/contract';
import { AuditService, notFound, Principal, ProblemException } from '@kompeten/api/core';
import { AppUserEntity } from './entities/app-user.entity';
import { UserUnitScopeEntity } from './entities/user-unit-scope.entity';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { hashPassword } from './password';
import { AuthService } from './auth.service';

interface UserRow {
  id: string; username: string; display_name: string; roles: UserSummary['roles']; employee_id: string | null;
  active: boolean; must_change_password: boolean; locked_until: Date | null; last_login_at: Date | null; created_at: Date; scope: string[];
}

const toSummary = (r: UserRow): UserSummary => ({
  id: r.id, username: r.username, displayName: r.display_name, roles: r.roles, employeeId: r.employee_id,
  scopeUnitIds: r.scope, active: r.active, mustChangePassword: r.must_change_password,
  lockedUntil: r.locked_until && r.locked_until > new Date() ? r.locked_until.toISOString() : null,
  lastLoginAt: r.last_login_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(),
});

const SELECT = `SELECT u.id, u.username, u.display_name, u.roles, u.employee_id, u.active, u.must_change_password,
       u.locked_until, u.last_login_at, u.created_at,
       COALESCE(array_agg(s.unit_id) FILTER (WHERE s.unit_id IS NOT NULL), '{}') AS scope
  FROM app_user u LEFT JOIN user_unit_scope s ON s.user_id = u.id`;

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly audit: AuditService, private readonly auth: AuthService) {}

  async list(q: UserListQueryDto): Promise<Page<UserSummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.q) { params.push(`%${q.q.replace(/[%_\\]/g, '\\$&')}%`); where.push(`(u.username ILIKE $${params.length} OR u.display_name ILIKE $${params.length})`); }
    if (q.role) { params.push(q.role); where.push(`$${params.length} = ANY(u.roles)`); }
    if (q.active !== undefined) { params.push(q.active); where.push(`u.active = $${params.length}`); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await this.ds.query(`SELECT count(*)::int AS count FROM app_user u ${w}`, params);
    params.push(q.limit, q.offset);
    const rows: UserRow[] = await this.ds.query(`${SELECT} ${w} GROUP BY u.id ORDER BY u.display_name, u.id LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
    return { items: rows.map(toSummary), total: count, limit: q.limit, offset: q.offset };
  }

  async get(id: string, em: EntityManager = this.ds.manager): Promise<UserSummary> {
    const rows: UserRow[] = await em.query(`${SELECT} WHERE u.id = $1 GROUP BY u.id`, [id]);
    if (!rows[0]) throw notFound('Pengguna');
    return toSummary(rows[0]);
  }

  async create(actor: Principal, dto: CreateUserDto): Promise<UserSummary> {
    const passwordHash = await hashPassword(dto.password);
    return this.ds.transaction(async (em) => {
      const dup = await em.query(`SELECT 1 FROM app_user WHERE lower(username) = lower($1)`, [dto.username]);
      if (dup.length) throw new ProblemException(HttpStatus.CONFLICT, 'DUPLICATE', 'Nama pengguna sudah dipakai', { errors: [{ field: 'username', message: 'sudah dipakai' }] });
      let displayName = dto.displayName;
      if (dto.employeeId) {
        const emp = await em.query(`SELECT name, front_title, back_title FROM employee WHERE id = $1`, [dto.employeeId]).catch(() => []);
        if (!emp.length) throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Pegawai tidak ditemukan', { errors: [{ field: 'employeeId', message: 'pegawai tidak ditemukan' }] });
        displayName ??= emp[0].name;
      }
      if (!displayName) throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Nama tampilan wajib diisi bila tidak terhubung ke pegawai', { errors: [{ field: 'displayName', message: 'wajib diisi' }] });
      const user = await em.save(em.create(AppUserEntity, {
        username: dto.username, displayName, passwordHash, roles: dto.roles, employeeId: dto.employeeId ?? null, mustChangePassword: true,
      }));
      await this.setScopes(em, user.id, dto.scopeUnitIds ?? []);
      const after = await this.get(user.id, em);
      await this.audit.record(em, actor, { action: 'CREATE', entity: 'user', entityId: user.id, after });
      return after;
    });
  }

  async update(actor: Principal, id: string, dto: UpdateUserDto): Promise<UserSummary> {
    return this.ds.transaction(async (em) => {
      const before = await this.get(id, em);
      if (id === actor.id && (dto.active === false || (dto.roles && !dto.roles.includes('ADMIN')))) {
        throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Anda tidak dapat menonaktifkan atau mencabut peran admin akun sendiri', { errors: [{ field: dto.active === false ? 'active' : 'roles', message: 'tidak boleh untuk akun sendiri' }] });
      }
      const patch: Partial<AppUserEntity> = {};
      if (dto.displayName !== undefined) patch.displayName = dto.displayName;
      if (dto.roles !== undefined) patch.roles = dto.roles;
      if (dto.active !== undefined) patch.active = dto.active;
      if (Object.keys(patch).length) await em.update(AppUserEntity, { id }, patch);
      if (dto.scopeUnitIds) await this.setScopes(em, id, dto.scopeUnitIds);
      if (dto.active === false) await this.auth.revokeAll(em, id, 'deactivated');
      const after = await this.get(id, em);
      await this.audit.record(em, actor, { action: dto.active === false ? 'DEACTIVATE' : 'UPDATE', entity: 'user', entityId: id, before, after });
      return after;
    });
  }

  async resetPassword(actor: Principal, id: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.ds.transaction(async (em) => {
      const res = await em.update(AppUserEntity, { id }, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
      if (!res.affected) throw notFound('Pengguna');
      await this.auth.revokeAll(em, id, 'password-reset');
      await this.audit.record(em, actor, { action: 'RESET_PASSWORD', entity: 'user', entityId: id });
    });
  }

  private async setScopes(em: EntityManager, userId: string, unitIds: string[]): Promise<void> {
    if (unitIds.length) {
      const found: { id: string }[] = await em.query(`SELECT id FROM unit WHERE id = ANY($1::uuid[])`, [unitIds]);
      const missing = unitIds.filter((u) => !found.some((f) => f.id === u));
      if (missing.length) throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Unit kerja tidak ditemukan', { errors: [{ field: 'scopeUnitIds', message: `unit tidak ditemukan: ${missing.join(', ')}` }] });
    }
    await em.delete(UserUnitScopeEntity, { userId });
    if (unitIds.length) await em.insert(UserUnitScopeEntity, unitIds.map((unitId) => ({ userId, unitId })));
  }
}
