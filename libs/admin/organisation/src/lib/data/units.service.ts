import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors } from '@kompeten/admin/core';
import type { CreateUnitRequest, MoveUnitRequest, Unit, UnitTreeNode, UpdateUnitRequest } from '@kompeten/shared/contract';

/** /api/v1/units: the unit tree the caller may see, and its edits. */
@Injectable({ providedIn: 'root' })
export class UnitsService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/units';

  tree() {
    return this.http.get<UnitTreeNode[]>(this.base);
  }

  get(id: string) {
    return this.http.get<Unit>(`${this.base}/${id}`);
  }

  create(body: CreateUnitRequest) {
    return this.http.post<Unit>(this.base, body, silentErrors());
  }

  update(id: string, body: UpdateUnitRequest) {
    return this.http.patch<Unit>(`${this.base}/${id}`, body, silentErrors());
  }

  move(id: string, body: MoveUnitRequest) {
    return this.http.post<Unit>(`${this.base}/${id}/move`, body, silentErrors());
  }
}
