import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, Principal } from '@kompeten/api/core';
import { DEFAULT_CATEGORY_THRESHOLDS } from '@kompeten/shared/domain';
import { CompetencyPolicyEntity } from './entities/assessment.entity';
import { refreshCurrentLevels } from './current-level.sql';
import type { PolicyDto } from './dto/policy.dto';

export const GLOBAL_POLICY = 'global';

/** The competency policy in force (one row; per-agency rows can override later). */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly audit: AuditService) {}

  async get(em: EntityManager = this.ds.manager): Promise<CompetencyPolicyEntity> {
    const row = await em.findOneBy(CompetencyPolicyEntity, { key: GLOBAL_POLICY });
    if (row) return { ...row, thresholds: row.thresholds ?? DEFAULT_CATEGORY_THRESHOLDS };
    await em.createQueryBuilder().insert().into(CompetencyPolicyEntity).values({ key: GLOBAL_POLICY }).orIgnore().execute();
    return this.get(em);
  }

  /** Changing how the current level is chosen rewrites every cached level in the same transaction. */
  async change(actor: Principal, dto: PolicyDto): Promise<CompetencyPolicyEntity> {
    return this.ds.transaction(async (em) => {
      const before = await this.get(em);
      const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
      // Every field is optional: a body without any is "change nothing", not an error.
      if (!Object.keys(changes).length) return before;
      await em.update(CompetencyPolicyEntity, { key: GLOBAL_POLICY }, changes);
      const after = await this.get(em);
      if (before.levelPolicy !== after.levelPolicy || before.countSelf !== after.countSelf) {
        const ids: { employee_id: string }[] = await em.query(`SELECT DISTINCT employee_id FROM competency_assessment`);
        await refreshCurrentLevels(em, ids.map((r) => r.employee_id), after.levelPolicy, after.countSelf);
      }
      await this.audit.record(em, actor, { action: 'UPDATE', entity: 'competency_policy', entityId: GLOBAL_POLICY, before, after });
      return after;
    });
  }
}
