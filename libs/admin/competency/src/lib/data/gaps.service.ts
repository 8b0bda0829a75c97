import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { toParams } from '@kompeten/admin/core';
import type { GapSummary, Heatmap, TeamMemberGap } from '@kompeten/shared/contract';

/** Gap analysis: one employee (optionally against a target position), the team, a unit heat-map. */
@Injectable({ providedIn: 'root' })
export class GapsService {
  private readonly http = inject(HttpClient);

  forEmployee(employeeId: string, targetPositionId?: string | null) {
    return this.http.get<GapSummary>(`/api/v1/employees/${employeeId}/gaps`, { params: toParams({ targetPositionId }) });
  }

  team() {
    return this.http.get<TeamMemberGap[]>('/api/v1/team/gaps');
  }

  heatmap(unitId: string, groupBy: 'unit' | 'position') {
    return this.http.get<Heatmap>(`/api/v1/units/${unitId}/heatmap`, { params: { groupBy } });
  }
}
