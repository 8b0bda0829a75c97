import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HomeSummary } from '@kompeten/shared/contract';
import { hasRole, Principal } from '@kompeten/api/core';
import { ScopeService } from './scope/scope.service';

/** What the signed-in user should see first: counters for his scope and the tasks waiting for him. */
@Injectable()
export class HomeService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService) {}

  async summary(p: Principal): Promise<HomeSummary> {
    const counters: HomeSummary['counters'] = [];
    const tasks: HomeSummary['tasks'] = [];
    if (hasRole(p, 'HR_OFFICER', 'ADMIN')) {
      const u = this.scope.unitVisibilitySql(p, 'u');
      const [r] = await this.ds.query(
        `WITH units AS (SELECT u.id FROM unit u WHERE ${u.sql}),
              emp AS (SELECT e.* FROM employee e WHERE e.unit_id IN (SELECT id FROM units) AND e.status IN ('ACTIVE', 'ON_LEAVE'))
         SELECT (SELECT count(*) FROM emp)::int AS employees,
                (SELECT count(*) FROM units)::int AS units,
                (SELECT count(*) FROM position WHERE unit_id IN (SELECT id FROM units))::int AS positions,
                (SELECT count(*) FROM emp WHERE position_id IS NULL)::int AS without_position,
                (SELECT count(*) FROM emp WHERE supervisor_id IS NULL)::int AS without_supervisor,
                (SELECT count(*) FROM import_job WHERE status = 'RUNNING' AND created_by = $${u.params.length + 1})::int AS imports_running`,
        [...u.params, p.id],
      );
      counters.push({ key: 'employees', value: r.employees }, { key: 'units', value: r.units }, { key: 'positions', value: r.positions });
      tasks.push(
        { key: 'importEmployees', count: r.employees === 0 ? 1 : r.imports_running, link: '/employees/import' },
        { key: 'employeesWithoutPosition', count: r.without_position, link: '/employees' },
        { key: 'employeesWithoutSupervisor', count: r.without_supervisor, link: '/employees' },
      );
    }
    if (hasRole(p, 'SUPERVISOR') && p.employeeId) {
      const [r] = await this.ds.query(
        `SELECT (SELECT count(*) FROM employee WHERE supervisor_id = $1 AND status IN ('ACTIVE', 'ON_LEAVE'))::int AS direct,
                (SELECT count(*) FROM (WITH RECURSIVE t AS (SELECT id FROM employee WHERE supervisor_id = $1
                   UNION SELECT e.id FROM employee e JOIN t ON e.supervisor_id = t.id) SELECT id FROM t) x)::int AS total`,
        [p.employeeId],
      );
      counters.push({ key: 'teamMembers', value: r.direct }, { key: 'teamTotal', value: r.total });
      tasks.push({ key: 'reviewTeam', count: r.direct, link: '/employees' });
    }
    if (hasRole(p, 'ADMIN')) {
      const [r] = await this.ds.query(
        `SELECT (SELECT count(*) FROM app_user WHERE active)::int AS users,
                (SELECT count(*) FROM app_user WHERE locked_until > now())::int AS locked,
                (SELECT count(*) FROM audit_log WHERE at >= date_trunc('day', now()))::int AS audit_today`,
      );
      counters.push({ key: 'users', value: r.users }, { key: 'usersLocked', value: r.locked }, { key: 'auditToday', value: r.audit_today });
      tasks.push({ key: 'unlockUsers', count: r.locked, link: '/admin/users' });
    }
    if (p.employeeId) tasks.push({ key: 'myProfile', count: 0, link: '/employees/me' });
    return { counters, tasks };
  }
}
