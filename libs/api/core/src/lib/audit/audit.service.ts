import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditQuery, Page } from '@kompeten/shared/contract';
import { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';
import type { Principal } from '../auth/principal';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

/** Fields never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash', 'refreshToken']);

function clean(o: object | null | undefined): Record<string, unknown> | null {
  if (!o) return null;
  return JSON.parse(JSON.stringify(o, (k, v) => (SECRET_FIELDS.has(k) ? undefined : v)));
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Writes inside the caller's transaction, so the change and its audit row commit together. */
  async record(em: EntityManager, actor: Pick<Principal, 'id' | 'displayName'> | null, r: AuditRecord): Promise<void> {
    await em.insert(AuditLogEntity, {
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId ?? null,
      before: clean(r.before),
      after: clean(r.after),
      reason: r.reason ?? null,
    } as QueryDeepPartialEntity<AuditLogEntity>);
  }

  async list(q: AuditQuery): Promise<Page<AuditEntry>> {
    const limit = Math.min(q.limit ?? 50, 200);
    const offset = q.offset ?? 0;
    const qb = this.ds.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (q.entity) qb.andWhere('a.entity = :entity', { entity: q.entity });
    if (q.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: q.entityId });
    if (q.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: q.actorId });
    if (q.action) qb.andWhere('a.action = :action', { action: q.action });
    if (q.from) qb.andWhere('a.at >= :from::date', { from: q.from });
    if (q.to) qb.andWhere(`a.at < (:to::date + interval '1 day')`, { to: q.to });
    const [rows, total] = await qb.orderBy('a.id', 'DESC').take(limit).skip(offset).getManyAndCount();
    return {
      items: rows.map((a) => ({
        id: a.id, at: a.at.toISOString(), actorId: a.actorId, actorName: a.actorName, action: a.action,
        entity: a.entity, entityId: a.entityId, before: a.before, after: a.after, reason: a.reason,
      })),
      total, limit, offset,
    };
  }
}
